package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;

/** The casualty words the figure reader understands ({@code lexicon/casualty-words.tsv}). Immutable. */
public final class CasualtyLexicon {
    private final PhraseTable<CasualtyWord> words;
    private final List<String> phrases;

    private CasualtyLexicon(PhraseTable<CasualtyWord> words, List<String> phrases) {
        this.words = words;
        this.phrases = List.copyOf(phrases);
    }

    public static CasualtyLexicon load(RuleBundle rules) {
        PhraseTable.Builder<CasualtyWord> words = PhraseTable.builder();
        List<String> phrases = new ArrayList<>();
        for (RuleTable.Row row : rules.table(RuleFile.CASUALTY_WORDS).rows()) {
            CasualtyKind kind = row.as("kind", CasualtyKind::of);
            CasualtyWord.Form form = row.as("form", code -> CasualtyWord.Form.valueOf(code.toUpperCase(Locale.ROOT)));
            words.add(row.get("phrase"), new CasualtyWord(kind, form));
            phrases.add(row.get("phrase"));
        }
        return new CasualtyLexicon(words.build(), phrases);
    }

    /** The casualty word starting at token {@code i}, or null. */
    public PhraseTable.Match<CasualtyWord> at(List<Token> tokens, int i) {
        return words.at(tokens, i);
    }

    /** Every phrase of the file, as written there. */
    public List<String> phrases() {
        return phrases;
    }
}

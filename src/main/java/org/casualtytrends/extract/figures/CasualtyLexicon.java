package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casualtytrends.config.LexiconFile;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;

/** The casualty words the figure reader understands ({@code conf/lexicon/casualty-words.tsv}). Immutable. */
public final class CasualtyLexicon {
    private final PhraseTable<CasualtyWord> words;
    private final List<String> phrases;

    private CasualtyLexicon(PhraseTable<CasualtyWord> words, List<String> phrases) {
        this.words = words;
        this.phrases = List.copyOf(phrases);
    }

    public static CasualtyLexicon load() {
        PhraseTable.Builder<CasualtyWord> words = PhraseTable.builder();
        List<String> phrases = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.lexicon("casualty-words.tsv")) {
            String kind = row.get(1);
            if (!CasualtyWord.KINDS.contains(kind)) {
                throw row.error("unknown casualty kind '" + kind + "'");
            }
            CasualtyWord.Form form;
            try {
                form = CasualtyWord.Form.valueOf(row.get(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown form '" + row.get(2) + "'");
            }
            words.add(row.get(0), new CasualtyWord(kind, form));
            phrases.add(row.get(0));
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

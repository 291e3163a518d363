package org.casualtytrends.extract.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.model.SourceType;
import org.casualtytrends.text.PatternGroup;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;
import org.casualtytrends.text.Tokens;

/**
 * Finds who gives a sentence's figures: "according to X", "X said", ", said X", "X: ..." or "...: X" in a
 * headline, a pronoun ("he told")
 * standing for the previous source, a bare name ("Amiri told") for an earlier source of that name;
 * else the reporter's own voice ({@link SentenceSources#at}). The source's words are classified by {@code conf/lexicon/sources.tsv}.
 * Immutable and thread-safe; the per-article memory is a {@link SourceContext}.
 */
public final class SourceReader {
    /** A source type and side, given by the words its pattern finds. */
    private record Rule(SourceType type, Attribution.Side side) {
    }

    private static final int MAX_SOURCE_WORDS = 14;
    /** The most words of a source set off by a colon ("Syrian Observatory:"). */
    private static final int LABEL_WORDS = 4;
    /** The classes of {@code lexicon/source-words.tsv}. */
    private static final String PRONOUN = "pronoun";
    private static final String LEFT_BOUNDARY = "left_boundary";
    private static final String CONJUNCTION = "conjunction";
    private static final String CLAUSE_BOUNDARY = "clause_boundary";
    private static final String PASSIVE = "passive";

    private final List<Rule> rules;
    /** The rules' patterns, in the same order. */
    private final PatternGroup patterns;
    private final PhraseTable<Boolean> speechVerbs;
    /** A pronoun alone before a speech verb stands for the previous source. */
    private final Set<String> pronouns;
    /** Where the words naming a speaker stop, going back from the verb. */
    private final Set<String> leftBoundaries;
    /** Where a relative clause or an apposition starts: the words before it may still name the speaker. */
    private final Set<String> clauseBoundaries;
    /** Words of a passive or a state: words holding one name no source unless a rule says so. */
    private final Set<String> passive;
    private final Set<String> conjunctions;

    private SourceReader(List<Rule> rules, PatternGroup patterns, PhraseTable<Boolean> speechVerbs, Map<String, Set<String>> words) {
        this.rules = List.copyOf(rules);
        this.patterns = patterns;
        this.speechVerbs = speechVerbs;
        this.pronouns = words.get(PRONOUN);
        this.leftBoundaries = words.get(LEFT_BOUNDARY);
        this.clauseBoundaries = words.get(CLAUSE_BOUNDARY);
        this.passive = words.get(PASSIVE);
        this.conjunctions = words.get(CONJUNCTION);
    }

    public static SourceReader load(RuleBundle rules) {
        List<Rule> sourceRules = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (RuleTable.Row row : rules.table(RuleFile.SOURCES).rows()) {
            SourceType type = row.as("type", SourceType::of);
            if (type == SourceType.CLAIM) {
                throw row.error("a source's type is official, witness or media: a claim depends on the victims");
            }
            Attribution.Side side = row.as("side", code -> Attribution.Side.valueOf(code.toUpperCase(Locale.ROOT)));
            sourceRules.add(new Rule(type, side));
            patterns.add(row.pattern("pattern", Pattern.CASE_INSENSITIVE));
        }
        Map<String, Set<String>> words = new HashMap<>();
        for (RuleTable.Row row : rules.table(RuleFile.SOURCE_WORDS).rows()) {
            words.computeIfAbsent(row.get("class"), c -> new HashSet<>()).add(row.get("word"));
        }
        for (String wordClass : List.of(PRONOUN, LEFT_BOUNDARY, CLAUSE_BOUNDARY, PASSIVE, CONJUNCTION)) {
            if (!words.containsKey(wordClass)) {
                throw rules.table(RuleFile.SOURCE_WORDS).error("no words of class " + wordClass);
            }
            words.put(wordClass, Set.copyOf(words.get(wordClass)));
        }
        return new SourceReader(sourceRules, PatternGroup.of(patterns), speechVerbs(rules), words);
    }

    /** The speech verbs of {@code lexicon/speech-verbs.tsv}. */
    public static PhraseTable<Boolean> speechVerbs(RuleBundle rules) {
        PhraseTable.Builder<Boolean> verbs = PhraseTable.builder();
        rules.table(RuleFile.SPEECH_VERBS).rows().forEach(row -> verbs.add(row.get("phrase"), Boolean.TRUE));
        return verbs.build();
    }

    /** The sources of a sentence's figures; remembers them in {@code context}. */
    public SentenceSources read(String sentence, SourceContext context) {
        return read(sentence, Tokens.of(sentence), context);
    }

    /** The sources of a sentence already split into {@code tokens}. */
    public SentenceSources read(String sentence, List<Token> tokens, SourceContext context) {
        List<SentenceSources.Said> said = new ArrayList<>();
        labelled(sentence, tokens, context, said);
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTable.Match<Boolean> verb = speechVerbs.at(tokens, i);
            if (verb == null) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).is("and") && !said.isEmpty()) {
                // "claimed responsibility and said that ...": the same speaker
                said.add(new SentenceSources.Said(tokens.get(i).begin(), said.get(said.size() - 1).source()));
                continue;
            }
            List<String> parts = verb.length() > 1 ? List.of(right(tokens, sentence, i + verb.length())) : leftParts(tokens, sentence, i);
            Attribution source;
            if (parts.isEmpty() && verb.length() == 1) {
                source = classify(right(tokens, sentence, i + 1), context);
            } else {
                source = classifyParts(parts, verb.length() == 1, context);
            }
            if (source != null) {
                if (verb.length() == 1) {
                    context.rememberNames(left(tokens, sentence, i), source);
                }
                context.remember(source);
                said.add(new SentenceSources.Said(tokens.get(i).begin(), source));
            }
        }
        said.sort(java.util.Comparator.comparingInt(SentenceSources.Said::at));
        return new SentenceSources(said);
    }

    /**
     * A headline's source, set off by a colon before or after the rest ("Police: attack targeted
     * office", "Twin blasts kill 25 in Homs: monitor"): a few words that a rule of sources.tsv knows.
     */
    private void labelled(String sentence, List<Token> tokens, SourceContext context, List<SentenceSources.Said> said) {
        if (tokens.isEmpty()) {
            return;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(":")) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first > 0 && first <= LABEL_WORDS) {
            Attribution source = classify(sentence.substring(0, tokens.get(first).begin()), context);
            if (source != null) {
                said.add(new SentenceSources.Said(0, source));
            }
        }
        int end = tokens.size() - (tokens.get(tokens.size() - 1).is(".") ? 1 : 0);
        if (last >= 0 && last < end - 1 && end - last - 1 <= LABEL_WORDS) {
            Attribution source = classify(sentence.substring(tokens.get(last + 1).begin(), tokens.get(end - 1).end()), context);
            if (source != null) {
                said.add(new SentenceSources.Said(tokens.get(last).begin(), source));
            }
        }
    }

    /**
     * The source the parts name, the nearest part first; a part holding a word of a passive names no one
     * ("five militants were reported killed"). When no part names a known source, the nearest names a
     * speaker with no institution (media).
     */
    private Attribution classifyParts(List<String> parts, boolean speakerBefore, SourceContext context) {
        List<String> speakers = parts.stream().filter(part -> Tokens.of(part).stream().noneMatch(t -> passive.contains(t.lower()))).toList();
        for (String part : speakers) {
            Attribution source = classify(part, context);
            if (source != null) {
                return source;
            }
        }
        return !speakerBefore || speakers.isEmpty() || !speakers.get(0).equals(parts.get(0)) ? null
                : new Attribution(SourceType.MEDIA, Attribution.Side.NEUTRAL, parts.get(0).strip());
    }

    private Attribution classify(String words, SourceContext context) {
        if (words.isBlank()) {
            return null;
        }
        String stripped = words.strip();
        // a pronoun alone stands for the previous source
        if (!hasSpace(stripped) && pronouns.contains(stripped.toLowerCase(java.util.Locale.ROOT))) {
            return context.previous();
        }
        PatternGroup.Matches matches = patterns.matches(words);
        for (int k = 0; k < rules.size(); k++) {
            if (matches.find(k, 0) != null) {
                return new Attribution(rules.get(k).type(), rules.get(k).side(), words.strip());
            }
        }
        return context.byName(words);
    }

    /** Whether the text has white space of the regex {@code \\s}, so that it splits into words. */
    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The words before a speech verb, back to a quote, a relative clause's start or the sentence start. */
    private String left(List<Token> tokens, String sentence, int verb) {
        int from = start(tokens, verb, true);
        return from == verb ? "" : sentence.substring(tokens.get(from).begin(), tokens.get(verb - 1).end());
    }

    /**
     * The parts of the words before a speech verb, back to a quote or the sentence start, split at commas
     * and where relative clauses start, the nearest first, each without its opening conjunctions
     * ("Safiullah Amiri, deputy head of Kunduz provincial council, said": the title, then the name; "the
     * Observatory, a group that monitors the war, said": the clause, the apposition, then the name).
     */
    private List<String> leftParts(List<Token> tokens, String sentence, int verb) {
        int from = start(tokens, verb, false);
        List<String> parts = new ArrayList<>();
        int end = verb;
        while (end > from) {
            int start = end;
            while (start > from && !tokens.get(start - 1).is(",") && !clauseBoundaries.contains(tokens.get(start - 1).lower())) {
                start--;
            }
            int first = start;
            while (first < end && conjunctions.contains(tokens.get(first).lower())) {
                first++;
            }
            if (first < end && tokens.subList(first, end).stream().anyMatch(Token::isWord)) {
                parts.add(sentence.substring(tokens.get(first).begin(), tokens.get(end - 1).end()));
            }
            end = start - 1;
        }
        return parts;
    }

    /** Where the words naming a speaker start, going back from the verb; relative clauses stop them only when {@code clauses}. */
    private int start(List<Token> tokens, int verb, boolean clauses) {
        int from = verb;
        while (from > 0 && verb - from < MAX_SOURCE_WORDS && !leftBoundaries.contains(tokens.get(from - 1).lower())
                && !(clauses && clauseBoundaries.contains(tokens.get(from - 1).lower()))) {
            from--;
        }
        return from;
    }

    /** The words after a speech verb or "according to", up to a comma or the sentence's end. */
    private static String right(List<Token> tokens, String sentence, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_SOURCE_WORDS && !tokens.get(end).is(",") && !tokens.get(end).is(".")) {
            end++;
        }
        return end == from ? "" : sentence.substring(tokens.get(from).begin(), tokens.get(end - 1).end());
    }
}

package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.text.PatternGroup;

/**
 * Words that change what a sentence's figures mean ({@code lexicon/clause-markers.tsv}): running
 * totals, sums of several operations, a person's record, an earlier episode, the start of a separate
 * incident, a clause about another event, a date that only points from the publication day, the header
 * of a press release. Immutable.
 */
public final class ClauseMarkers {
    public enum Category { STATISTIC, AGGREGATE, SPREAD, RECORD, PAST, SEPARATE, OTHER_EVENT, DEICTIC, RELEASE, SAME_PLACE, TALLY, ANCHOR }

    /** The rows of the file that are no marker: the words after a comma that continue a clause. */
    private static final String CLAUSE_CONTINUES = "clause_continues";

    /** One pattern per category, in the order of {@link Category}. */
    private final PatternGroup patterns;

    /** A comma that ends a clause: not one that opens a relative clause or an inclusion. */
    private final Pattern clauseEnd;

    private ClauseMarkers(PatternGroup patterns, Pattern clauseEnd) {
        this.patterns = patterns;
        this.clauseEnd = clauseEnd;
    }

    public static ClauseMarkers load(RuleBundle rules) {
        Map<Category, List<String>> alternatives = new EnumMap<>(Category.class);
        List<String> continuing = new ArrayList<>();
        for (RuleTable.Row row : rules.table(RuleFile.CLAUSE_MARKERS).rows()) {
            if (row.get("category").equals(CLAUSE_CONTINUES)) {
                continuing.add(row.pattern("pattern", 0).pattern());
                continue;
            }
            Category category = row.as("category", code -> Category.valueOf(code.toUpperCase(Locale.ROOT)));
            alternatives.computeIfAbsent(category, c -> new ArrayList<>()).add("(?:" + row.pattern("pattern", 0).pattern() + ")");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (Category category : Category.values()) {
            List<String> list = alternatives.getOrDefault(category, List.of("(?!)"));
            patterns.add(Pattern.compile(String.join("|", list), Pattern.CASE_INSENSITIVE));
        }
        if (continuing.isEmpty()) {
            throw rules.table(RuleFile.CLAUSE_MARKERS).error("no " + CLAUSE_CONTINUES + " row");
        }
        return new ClauseMarkers(PatternGroup.of(patterns),
                Pattern.compile(",(?!\\s*(?:" + String.join("|", continuing) + ")\\b)"));
    }

    /** The markers of a text (a sentence, or an article for {@link Category#RELEASE}). */
    public Found find(String text) {
        return new Found(text, patterns.matches(text));
    }

    /** Whether the text has a marker of the category. */
    public boolean has(Category category, String text) {
        return find(text).has(category);
    }

    /**
     * The markers of one text. One pass over it tells which categories may be there, and where; only
     * their patterns run, only there. Not thread-safe: one per text and thread.
     */
    public final class Found {
        private final String text;
        private final PatternGroup.Matches matches;
        private List<int[]> recordSpans;

        private Found(String text, PatternGroup.Matches matches) {
            this.text = text;
            this.matches = matches;
        }

        public boolean has(Category category) {
            return start(category) >= 0;
        }

        /** Where the first marker of the category starts, or -1. */
        public int start(Category category) {
            Matcher m = matches.find(category.ordinal(), 0);
            return m != null ? m.start() : -1;
        }

        /**
         * The spans of the text that describe a person's record or role: from a record marker to the end
         * of its clause, the next comma that does not open a relative clause ("Hemat, one of the leaders
         * behind the Aug. 7 attack on a coalition base, ..." ends at the comma; "... for the Aug. 7
         * attack, which wounded several civilians" goes on).
         */
        public List<int[]> recordSpans() {
            if (recordSpans == null) {
                List<int[]> spans = new ArrayList<>();
                int from = 0;
                Matcher m;
                while (from < text.length() && (m = matches.find(Category.RECORD.ordinal(), from)) != null) {
                    int end = clauseEnd(text, m.end());
                    spans.add(new int[] {m.start(), end});
                    from = end;
                }
                recordSpans = Collections.unmodifiableList(spans);
            }
            return recordSpans;
        }
    }

    private int clauseEnd(String sentence, int from) {
        Matcher comma = clauseEnd.matcher(sentence);
        return comma.find(from) ? comma.start() : sentence.length();
    }

    /** Whether {@code position} lies in one of the spans. */
    public static boolean inSpans(List<int[]> spans, int position) {
        for (int[] span : spans) {
            if (position >= span[0] && position < span[1]) {
                return true;
            }
        }
        return false;
    }
}

package org.casualtytrends.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casualtytrends.model.AnnotatedDocument;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;

/**
 * Builds annotated articles for tests without Spark: each line of the text is one sentence, a blank
 * line separates paragraphs, and place names are marked with brackets ("two soldiers were killed in
 * [Helmand] province"). Every sentence is a candidate.
 */
public final class DocumentFixture {
    private DocumentFixture() {
    }

    public static AnnotatedDocument of(String articleId, LocalDate published, String lines) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<PlaceMention> places = new ArrayList<>();
        boolean paragraphBreak = false;
        for (String line : lines.strip().split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                paragraphBreak = true;
                continue;
            }
            if (text.length() > 0) {
                text.append(paragraphBreak ? "\n\n" : "\n");
            }
            paragraphBreak = false;
            int begin = text.length();
            for (int i = 0; i < stripped.length(); i++) {
                char c = stripped.charAt(i);
                if (c == '[') {
                    int close = stripped.indexOf(']', i);
                    String name = stripped.substring(i + 1, close);
                    places.add(new PlaceMention(text.length(), text.length() + name.length(), name));
                    text.append(name);
                    i = close;
                } else {
                    text.append(c);
                }
            }
            sentences.add(new Sentence(begin, text.length(), text.substring(begin)));
        }
        Set<Integer> candidates = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            candidates.add(i);
        }
        return new AnnotatedDocument(articleId, published, text.toString(), sentences, places, candidates);
    }
}

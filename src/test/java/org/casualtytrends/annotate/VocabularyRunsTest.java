package org.casualtytrends.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.geo.Gazetteer;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annotators over a sentence's vocabulary runs find the places they find over the whole sentence. */
class VocabularyRunsTest {
    private static SentenceAnnotator annotator;
    private static PlaceKeyWords keyWords;
    private static List<String> names;

    @BeforeAll
    static void build() {
        SharedSpark.get();
        RuleBundle rules = RuleBundle.packaged();
        annotator = SentenceAnnotator.of(rules);
        Gazetteer gazetteer = Gazetteer.of(rules);
        names = gazetteer.surfaceForms();
        keyWords = new PlaceKeyWords(names, gazetteer::isOrdinaryWord);
    }

    /** The plain path: every sentence holding a key word, whole, to the tokenizer and the matcher. */
    private static List<PlaceMention> wholeSentences(List<Sentence> sentences) {
        List<Annotation> documents = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (keyWords.isFoundIn(s.text())) {
                documents.add(SentenceAnnotator.document(s.begin(), s.text(), i));
            }
        }
        return annotator.places(documents);
    }

    /** Asserts the two paths agree; returns how many places they found. */
    private static int assertSamePlaces(List<Sentence> sentences) {
        List<PlaceMention> plain = wholeSentences(sentences);
        List<PlaceMention> runs = annotator.annotate(sentences).places();
        assertEquals(plain, runs, () -> "in " + sentences.stream().map(Sentence::text).toList());
        return plain.size();
    }

    /** Sentences one after the other, as in an article, a space between them. */
    private static List<Sentence> sentences(List<String> texts) {
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (String text : texts) {
            sentences.add(new Sentence(at, at + text.length(), text));
            at += text.length() + 1;
        }
        return sentences;
    }

    @Test
    void writtenSentencesGiveTheSamePlaces() {
        List<String> texts = List.of(
                "KABUL, Afghanistan (Jan. 10, 2011) – Two soldiers were killed near Lashkar Gah in Helmand province.",
                "Sangin/Helmand: Afghanistan’s Dasht-e-Archi district was calm, police in Kunduz said.",
                "A car bomb exploded in Deir ez-Zor and al-Raqqah, the Syrian Observatory said from London.",
                "Gunmen attacked a checkpoint in north-west Pakistan's Khyber Pakhtunkhwa province near Peshawar.",
                "In New York, the Iraqi ambassador spoke of Mosul, Fallujah and Ramadi in Anbar.",
                "Fighting in Tel Aviv and the West Bank; Sana'a and Aden in Yemen; Mogadishu, Somalia.",
                "the police said a new bank in a nice town; KABUL and kabul and Kabuli pulao.",
                "Two were killed in BADAKHSHĀN, Kunar-Nuristan and in Ⓐ-town near Kandahar-Ⓐ.",
                "");
        assertTrue(assertSamePlaces(sentences(texts)) >= 20);
    }

    @Test
    void randomSentencesOfGazetteerWordsGiveTheSamePlaces() {
        Random random = new Random(20261203);
        Pattern word = Pattern.compile("[\\p{L}\\p{N}\\-]+");
        List<String> words = new ArrayList<>(List.of("in", "the", "of", "near", "killed", "province", "district", "al", "Al", "New",
                "police", "Police", "said", "2011", "I", "de", "La", "é", "𝐀bc", "Ⓐ", "½"));
        for (int k = 0; k < 400; k++) {
            Matcher m = word.matcher(names.get(random.nextInt(names.size())));
            while (m.find()) {
                words.add(m.group());
            }
        }
        String[] separators = {" ", " ", " ", ", ", "-", "'", "’", "/", ". ", " (", ") ", "–", "Ⓐ", " 𝐀 "};
        int places = 0;
        for (int article = 0; article < 300; article++) {
            List<String> texts = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int s = 0; s < count; s++) {
                StringBuilder text = new StringBuilder();
                if (random.nextBoolean()) {
                    // a whole name somewhere, so that the sentence passes the key-word gate more often than not
                    text.append(names.get(random.nextInt(names.size()))).append(' ');
                }
                int length = random.nextInt(14);
                for (int w = 0; w < length; w++) {
                    String picked = words.get(random.nextInt(words.size()));
                    int casing = random.nextInt(6);
                    text.append(casing == 0 ? picked.toUpperCase(Locale.ROOT) : casing == 1 ? picked.toLowerCase(Locale.ROOT) : picked);
                    text.append(separators[random.nextInt(separators.length)]);
                }
                texts.add(text.toString());
            }
            places += assertSamePlaces(sentences(texts));
        }
        assertTrue(places > 300, "places found: " + places);
    }

    @Test
    void tokensAreCutAsTheTokenizerCutsThem() {
        Pattern separator = Pattern.compile(AnnotationPipeline.TOKEN_SEPARATOR);
        for (String text : List.of("Afghanistan’s Dasht-e-Archi (Sangin/Helmand) ½ Ⓐb 𝐀bc x", " lead", "trail ", "", "--", "é2")) {
            List<Integer> expected = new ArrayList<>();
            Matcher m = Pattern.compile("(?:(?!" + separator.pattern() + ").)+").matcher(text);
            while (m.find()) {
                expected.add(m.start());
                expected.add(m.end());
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), VocabularyRuns.tokens(text), text);
        }
    }

    @Test
    void aRunHoldsWordsThatFollowEachOtherInANameAndOneWrittenAsAName() {
        VocabularyRuns runs = VocabularyRuns.of(AnnotationPipeline.trie(List.of("Lashkar Gah", "Gah Police", "Helmand", "police", "in")));
        // punctuation is no token: a run goes on over it, to the first two words that follow each other in no name
        String text = "police in Lashkar Gah; police in helmand, said police in Helmand";
        String between = " ".repeat(text.lastIndexOf("Helmand") - text.indexOf("Lashkar Gah; police") - "Lashkar Gah; police".length());
        assertEquals(List.of(new VocabularyRuns.Piece(10, "Lashkar Gah; police" + between + "Helmand")), runs.of(text));
        assertEquals(List.of(), runs.of("police in helmand"));
        // two runs whose ends follow each other in a name ("Lashkar Gah") are read apart
        assertEquals(List.of(new VocabularyRuns.Piece(0, "Lashkar"), new VocabularyRuns.Piece(13, "Gah")), runs.of("Lashkar said Gah"));
    }
}

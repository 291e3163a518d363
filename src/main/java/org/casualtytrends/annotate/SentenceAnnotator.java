package org.casualtytrends.annotate;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.HasSimpleAnnotate;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.geo.PlaceNames;
import org.casualtytrends.model.PlaceMention;
import org.casualtytrends.model.Sentence;
import scala.collection.JavaConverters;
import scala.collection.Seq;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Spark NLP annotators of {@link AnnotationPipeline}, called through their {@code annotate} function
 * on one article's sentences at a time. Measured here, running them as DataFrame transformations spent
 * more on converting annotation columns between Spark's rows and Scala objects (three times per article,
 * metadata maps included) than on annotating: the annotators are the same, only the per-row conversions
 * are gone. Built on the driver ({@link #of}: Spark NLP's models cannot be made inside a task, they ask for
 * the SparkSession) and sent to the executors as a broadcast ({@link AnnotateArticles}): the place matcher
 * holds every name of the world gazetteer, which each executor should receive once, not each task. The
 * annotators only read their models, so one copy serves an executor's concurrent tasks.
 */
public final class SentenceAnnotator implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String SENTENCE = "sentence";
    /** Sentences per call of the annotators: a news article is one or two such chunks. */
    static final int CHUNK_SENTENCES = 64;
    private final HasSimpleAnnotate<?> tokenizer;
    private final HasSimpleAnnotate<?> places;
    private final HasSimpleAnnotate<?> cues;
    private final RelevanceGate gate;
    /** A sentence without the key word of some place name written as a name holds no place name. */
    private final PlaceKeyWords placeKeyWords;
    /** Of those sentences, the stretches where the place matcher can find a name written as a name. */
    private final VocabularyRuns vocabularyRuns;

    SentenceAnnotator(HasSimpleAnnotate<?> tokenizer, HasSimpleAnnotate<?> places, HasSimpleAnnotate<?> cues, RelevanceGate gate,
                      PlaceKeyWords placeKeyWords, VocabularyRuns vocabularyRuns) {
        this.tokenizer = tokenizer;
        this.places = places;
        this.cues = cues;
        this.gate = gate;
        this.placeKeyWords = placeKeyWords;
        this.vocabularyRuns = vocabularyRuns;
    }

    /** The annotators of these rules, built once per JVM (on the driver). */
    public static SentenceAnnotator of(RuleBundle rules) {
        return rules.shared(SentenceAnnotator.class, AnnotationPipeline::build);
    }

    /** What the annotators found in an article's sentences: place names written as names, and the sentences holding a casualty cue. */
    public record Found(List<PlaceMention> places, Set<Integer> candidateSentences) {
    }

    /**
     * Tokens and place names are looked for only in the sentences holding the key word of some place name
     * (the tokenizer is the costliest annotator): the TextMatcher matches whole tokens, so the other
     * sentences could not give it a match. Its matches not written as names ("police", "mobile": it ignores
     * case) are left out here; of a sentence, the annotators see only the {@link VocabularyRuns} that can
     * give a match so written. Likewise the cue RegexMatcher sees only the sentences in which the gate's
     * equivalent, faster scan found a cue.
     * <p>
     * The annotators see the sentences {@value #CHUNK_SENTENCES} at a time: Spark NLP's TextMatcher
     * compares every match with every sentence of its input, so one call over a whole article costs
     * as the square of its length (measured: 400 KB 3.2 s, 800 KB 9.0 s). Matches never cross a
     * sentence, so the chunks find what one call finds.
     */
    public Found annotate(List<Sentence> sentences) {
        List<PlaceMention> placeMentions = new ArrayList<>();
        Set<Integer> candidates = new TreeSet<>();
        for (int from = 0; from < sentences.size(); from += CHUNK_SENTENCES) {
            annotateChunk(sentences, from, Math.min(sentences.size(), from + CHUNK_SENTENCES), placeMentions, candidates);
        }
        return new Found(placeMentions, candidates);
    }

    private void annotateChunk(List<Sentence> sentences, int from, int to, List<PlaceMention> placeMentions, Set<Integer> candidates) {
        List<Annotation> runs = new ArrayList<>(to - from);
        List<Annotation> withCues = new ArrayList<>(to - from);
        List<Integer> cueSentenceIndexes = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Sentence s = sentences.get(i);
            if (placeKeyWords.isFoundIn(s.text())) {
                for (VocabularyRuns.Piece piece : vocabularyRuns.of(s.text())) {
                    runs.add(document(s.begin() + piece.begin(), piece.text(), i));
                }
            }
            if (gate.holdsCue(s.text())) {
                withCues.add(document(s.begin(), s.text(), i));
                cueSentenceIndexes.add(i);
            }
        }
        placeMentions.addAll(places(runs));
        for (Annotation chunk : JavaConverters.seqAsJavaList(cues.annotate(seq(withCues)))) {
            // The RegexMatcher numbers sentences by their position in its input.
            candidates.add(cueSentenceIndexes.get(Integer.parseInt(chunk.metadata().apply(SENTENCE))));
        }
    }

    /** The place names written as names that the tokenizer and the matcher find in these documents, in order. */
    List<PlaceMention> places(List<Annotation> documents) {
        List<Annotation> withTokens = new ArrayList<>(documents);
        withTokens.addAll(JavaConverters.seqAsJavaList(tokenizer.annotate(seq(documents))));
        List<PlaceMention> found = new ArrayList<>();
        for (Annotation chunk : JavaConverters.seqAsJavaList(places.annotate(seq(withTokens)))) {
            if (PlaceNames.isCapitalised(chunk.result(), 0, chunk.result().length())) {
                found.add(new PlaceMention(chunk.begin(), chunk.end() + 1, chunk.result()));
            }
        }
        return found;
    }

    /** A document of the annotators: text at {@code begin} of the article, of sentence {@code sentence}. */
    static Annotation document(int begin, String text, int sentence) {
        return Annotation.apply("document", begin, begin + text.length() - 1, text, metadata(sentence), new float[0]);
    }

    private static scala.collection.Map<String, String> metadata(int sentence) {
        return JavaConverters.mapAsScalaMap(Map.of(SENTENCE, Integer.toString(sentence)));
    }

    private static Seq<Annotation> seq(List<Annotation> annotations) {
        return JavaConverters.asScalaBuffer(annotations).toSeq();
    }
}

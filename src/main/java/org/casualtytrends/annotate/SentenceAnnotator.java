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
    private final HasSimpleAnnotate<?> tokenizer;
    private final HasSimpleAnnotate<?> places;
    private final HasSimpleAnnotate<?> cues;
    private final RelevanceGate gate;
    /** A sentence without the key word of some place name written as a name holds no place name. */
    private final PlaceKeyWords placeKeyWords;

    SentenceAnnotator(HasSimpleAnnotate<?> tokenizer, HasSimpleAnnotate<?> places, HasSimpleAnnotate<?> cues, RelevanceGate gate,
                      PlaceKeyWords placeKeyWords) {
        this.tokenizer = tokenizer;
        this.places = places;
        this.cues = cues;
        this.gate = gate;
        this.placeKeyWords = placeKeyWords;
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
     * case) are left out here. Likewise the cue RegexMatcher sees only the sentences in which the gate's
     * equivalent, faster scan found a cue.
     */
    public Found annotate(List<Sentence> sentences) {
        List<Annotation> withPlaceWords = new ArrayList<>(sentences.size());
        List<Annotation> withCues = new ArrayList<>(sentences.size());
        List<Integer> cueSentenceIndexes = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Annotation document = Annotation.apply("document", s.begin(), s.end() - 1, s.text(), metadata(i), new float[0]);
            if (placeKeyWords.isFoundIn(s.text())) {
                withPlaceWords.add(document);
            }
            if (gate.holdsCue(s.text())) {
                withCues.add(document);
                cueSentenceIndexes.add(i);
            }
        }
        List<Annotation> withTokens = new ArrayList<>(withPlaceWords);
        withTokens.addAll(JavaConverters.seqAsJavaList(tokenizer.annotate(seq(withPlaceWords))));

        List<PlaceMention> placeMentions = new ArrayList<>();
        for (Annotation chunk : JavaConverters.seqAsJavaList(places.annotate(seq(withTokens)))) {
            if (PlaceNames.isCapitalised(chunk.result(), 0, chunk.result().length())) {
                placeMentions.add(new PlaceMention(chunk.begin(), chunk.end() + 1, chunk.result()));
            }
        }
        Set<Integer> candidates = new TreeSet<>();
        for (Annotation chunk : JavaConverters.seqAsJavaList(cues.annotate(seq(withCues)))) {
            // The RegexMatcher numbers sentences by their position in its input.
            candidates.add(cueSentenceIndexes.get(Integer.parseInt(chunk.metadata().apply(SENTENCE))));
        }
        return new Found(placeMentions, candidates);
    }

    private static scala.collection.Map<String, String> metadata(int sentence) {
        return JavaConverters.mapAsScalaMap(Map.of(SENTENCE, Integer.toString(sentence)));
    }

    private static Seq<Annotation> seq(List<Annotation> annotations) {
        return JavaConverters.asScalaBuffer(annotations).toSeq();
    }
}

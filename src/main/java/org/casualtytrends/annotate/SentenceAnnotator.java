package org.casualtytrends.annotate;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.HasSimpleAnnotate;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
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
 * The fitted Spark NLP annotators of {@link AnnotationPipeline}, called through their {@code annotate}
 * function on one article's sentences at a time. Measured here, running them as DataFrame
 * transformations spent more on converting annotation columns between Spark's rows and Scala
 * objects (three times per article, metadata maps included) than on annotating: the annotators are
 * the same, only the per-row conversions are gone. Serializable: tasks carry the fitted models.
 */
public final class SentenceAnnotator implements Serializable {
    private static final String SENTENCE = "sentence";
    private final HasSimpleAnnotate<?> tokenizer;
    private final HasSimpleAnnotate<?> places;
    private final HasSimpleAnnotate<?> cues;

    public SentenceAnnotator(PipelineModel fitted) {
        Transformer[] stages = fitted.stages();
        this.tokenizer = (HasSimpleAnnotate<?>) stages[0];
        this.places = (HasSimpleAnnotate<?>) stages[1];
        this.cues = (HasSimpleAnnotate<?>) stages[2];
    }

    /** What the annotators found in an article's sentences: gazetteer names and the sentences holding a casualty cue. */
    public record Found(List<PlaceMention> places, Set<Integer> candidateSentences) {
    }

    public Found annotate(List<Sentence> sentences) {
        List<Annotation> documents = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            documents.add(Annotation.apply("document", s.begin(), s.end() - 1, s.text(), metadata(i), new float[0]));
        }
        Seq<Annotation> documentSeq = seq(documents);
        List<Annotation> withTokens = new ArrayList<>(documents);
        withTokens.addAll(JavaConverters.seqAsJavaList(tokenizer.annotate(documentSeq)));

        List<PlaceMention> placeMentions = new ArrayList<>();
        for (Annotation chunk : JavaConverters.seqAsJavaList(places.annotate(seq(withTokens)))) {
            placeMentions.add(new PlaceMention(chunk.begin(), chunk.end() + 1, chunk.result()));
        }
        Set<Integer> candidates = new TreeSet<>();
        for (Annotation chunk : JavaConverters.seqAsJavaList(cues.annotate(documentSeq))) {
            candidates.add(Integer.parseInt(chunk.metadata().apply(SENTENCE)));
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

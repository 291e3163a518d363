package org.casualtytrends.annotate;

import com.johnsnowlabs.nlp.Annotation$;
import com.johnsnowlabs.nlp.annotators.RegexMatcher;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.RegexTokenizer;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.geo.Gazetteer;

/**
 * The Spark NLP annotators over an article's sentences: a RegexTokenizer, a TextMatcher over the
 * gazetteer's names, and a RegexMatcher of casualty cues. Fitted once on the driver; applied by
 * {@link SentenceAnnotator} in this order. Each setter is its own statement: Spark NLP's setters return Scala types that
 * break Java chains.
 */
public final class AnnotationPipeline {
    public static final String SENTENCES = "nlp_sentences";
    public static final String TOKENS = "nlp_tokens";
    public static final String PLACES = "nlp_places";
    public static final String CUES = "nlp_cues";
    static final String TOKEN_SEPARATOR = "[^\\p{L}\\p{N}\\-]+";

    private AnnotationPipeline() {
    }

    /** The gazetteer's names are matched case-insensitively on whole tokens; the gate's casualty cues become the RegexMatcher rule. */
    public static SentenceAnnotator fit(SparkSession spark, RuleBundle rules) {
        Collection<String> placeNames = Gazetteer.of(rules).surfaceForms();
        RelevanceGate gate = AnnotationRules.of(rules).gate();
        // A RegexTokenizer, not the rule-based Tokenizer: measured here, the Tokenizer cost about six
        // times the rest of the annotation, and place names need no more than words split at anything
        // but letters, digits and hyphens ("Afghanistan’s", "Sangin/Helmand", "Dasht-e-Archi").
        RegexTokenizer tokens = new RegexTokenizer();
        tokens.setInputCols(new String[] {SENTENCES});
        tokens.setOutputCol(TOKENS);
        tokens.setPattern(TOKEN_SEPARATOR);
        tokens.setPreservePosition(true);
        tokens.setToLowercase(false);

        TextMatcher places = new TextMatcher();
        places.setInputCols(new String[] {SENTENCES, TOKENS});
        places.setOutputCol(PLACES);
        places.setCaseSensitive(false);
        places.setMergeOverlapping(true);
        places.setEntityValue("place");
        places.setBuildFromTokens(true);
        // A file: URI, not a bare path: Spark NLP opens it through Hadoop, which would look a bare path
        // up on the cluster's default file system (HDFS on YARN, EMR, Dataproc).
        places.setEntities(ExternalResource.fromJava(writePhrases(placeNames).toUri().toString(), "TEXT",
                new HashMap<>(Map.of("format", "text"))));

        RegexMatcher cues = new RegexMatcher();
        cues.setInputCols(new String[] {SENTENCES});
        cues.setOutputCol(CUES);
        cues.setStrategy("MATCH_ALL");
        cues.setDelimiter("~");
        cues.setRules(new String[] {gate.regexMatcherRule()});

        Pipeline pipeline = new Pipeline();
        pipeline.setStages(new PipelineStage[] {tokens, places, cues});
        // Fitting needs only an input column that Spark NLP recognises as documents, not data.
        Metadata documents = new MetadataBuilder().putString("annotatorType", "document").build();
        StructType schema = new StructType().add(new StructField(SENTENCES, Annotation$.MODULE$.arrayType(), false, documents));
        Dataset<Row> empty = spark.createDataFrame(List.of(), schema);
        return new SentenceAnnotator(pipeline.fit(empty), placeNames, gate);
    }

    private static Path writePhrases(Collection<String> phrases) {
        try {
            Path file = Files.createTempFile("casualty-trends-places", ".txt");
            file.toFile().deleteOnExit();
            Files.write(file, phrases, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the place names for the TextMatcher", e);
        }
    }
}

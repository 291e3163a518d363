package org.casualtytrends.annotate;

import com.johnsnowlabs.collections.SearchTrie;
import com.johnsnowlabs.collections.SearchTrie$;
import com.johnsnowlabs.nlp.annotators.RegexMatcherModel;
import com.johnsnowlabs.nlp.annotators.RegexTokenizer;
import com.johnsnowlabs.nlp.annotators.TextMatcherModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.geo.Gazetteer;
import scala.Tuple2;

/**
 * The Spark NLP annotators over an article's sentences: a RegexTokenizer, a TextMatcher over the
 * gazetteer's names, and a RegexMatcher of casualty cues, applied by {@link SentenceAnnotator} in this
 * order. They are rule-based, so their models are built here from the rules on the driver, without
 * fitting through a Spark pipeline, and broadcast ({@link BroadcastAnnotator}): the place matcher's trie
 * of the world's names would be megabytes in every task. An executor cannot build them itself: Spark
 * NLP's model constructors ask for a SparkSession. Each setter is its own statement: Spark NLP's
 * setters return Scala types that break Java chains.
 */
public final class AnnotationPipeline {
    public static final String SENTENCES = "nlp_sentences";
    public static final String TOKENS = "nlp_tokens";
    public static final String PLACES = "nlp_places";
    public static final String CUES = "nlp_cues";
    static final String TOKEN_SEPARATOR = "[^\\p{L}\\p{N}\\-]+";
    private static final Pattern SEPARATOR = Pattern.compile(TOKEN_SEPARATOR);

    private AnnotationPipeline() {
    }

    /**
     * The annotators of these rules: the gazetteer's names (places, demonyms, country cues) matched
     * case-insensitively on whole tokens, the gate's casualty cues as the RegexMatcher rule.
     */
    static SentenceAnnotator build(RuleBundle rules) {
        Gazetteer gazetteer = Gazetteer.of(rules);
        Collection<String> placeNames = gazetteer.surfaceForms();
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

        TextMatcherModel places = new TextMatcherModel();
        places.setInputCols(new String[] {SENTENCES, TOKENS});
        places.setOutputCol(PLACES);
        places.setMergeOverlapping(true);
        places.setEntityValue("place");
        places.setBuildFromTokens(false);
        // What TextMatcher.fit makes of a phrase list, without the Spark job that reads it: a search trie
        // over the phrases cut into the tokens the tokenizer cuts ("Sana'a" is "Sana" "a", as in text).
        SearchTrie trie = trie(placeNames);
        places.setSearchTrie(trie);

        RegexMatcherModel cues = new RegexMatcherModel();
        cues.setInputCols(new String[] {SENTENCES});
        cues.setOutputCol(CUES);
        cues.setStrategy("MATCH_ALL");
        @SuppressWarnings("unchecked")
        Tuple2<String, String>[] rule = new Tuple2[] {new Tuple2<>(gate.cueRegex(), RelevanceGate.CUE_IDENTIFIER)};
        cues.setExternalRules(rule);

        PlaceKeyWords keyWords = new PlaceKeyWords(placeNames, gazetteer::isOrdinaryWord);
        VocabularyRuns runs = VocabularyRuns.of(trie);
        return new SentenceAnnotator(tokens, places, cues, gate, keyWords, runs);
    }

    /** A case-insensitive search trie over the phrases, each cut as the tokenizer cuts text. */
    static SearchTrie trie(Collection<String> phrases) {
        List<String[]> tokenized = new ArrayList<>(phrases.size());
        for (String phrase : phrases) {
            String[] words = SEPARATOR.splitAsStream(phrase).filter(w -> !w.isEmpty()).toArray(String[]::new);
            if (words.length > 0) {
                tokenized.add(words);
            }
        }
        return SearchTrie$.MODULE$.apply(tokenized.toArray(new String[0][]), false);
    }
}

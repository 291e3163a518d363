package org.casualtytrends.annotate;

import org.casualtytrends.config.RuleBundle;

/**
 * The annotation stage's rule objects, built from the rule files once per JVM: executors build them
 * on first use from the rules their tasks carry.
 */
public record AnnotationRules(SentenceSplitter splitter, RelevanceGate gate) {
    public static AnnotationRules of(RuleBundle rules) {
        return rules.shared(AnnotationRules.class, r -> new AnnotationRules(SentenceSplitter.of(r), RelevanceGate.of(r)));
    }
}

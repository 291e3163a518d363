package org.casualtytrends.annotate;

import org.casualtytrends.config.PerJvm;

import java.io.Serializable;

/**
 * Where the annotation stage's rule files are ({@code annotate.*} keys of the configuration), and
 * the rule objects built from them, once per JVM: executors build them on first use instead of
 * receiving them with every task.
 */
public record AnnotationRules(String abbreviations, String casualtyCues, String conflictContext) implements Serializable {
    public static AnnotationRules defaults() {
        return new AnnotationRules(SentenceSplitter.DEFAULT_ABBREVIATIONS, RelevanceGate.DEFAULT_CUES, RelevanceGate.DEFAULT_CONTEXT);
    }

    public SentenceSplitter splitter() {
        return load().splitter();
    }

    public RelevanceGate gate() {
        return load().gate();
    }

    private Loaded load() {
        return PerJvm.get(this, () -> new Loaded(SentenceSplitter.fromFile(abbreviations), RelevanceGate.fromFiles(casualtyCues, conflictContext)));
    }

    private record Loaded(SentenceSplitter splitter, RelevanceGate gate) {
    }
}

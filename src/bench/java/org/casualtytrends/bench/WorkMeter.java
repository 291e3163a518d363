package org.casualtytrends.bench;

import org.casualtytrends.annotate.AnnotateArticles;
import org.casualtytrends.annotate.AnnotationRules;
import org.casualtytrends.annotate.SentenceAnnotator;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.extract.ExtractIncidents;
import org.casualtytrends.extract.IncidentExtractor;
import org.casualtytrends.ingest.ArticleDecoder;
import org.casualtytrends.ingest.RawArticle;
import org.casualtytrends.model.Vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The work the job cannot avoid, without Spark: the relevance gate, the annotators and the rules,
 * called directly on the decoded articles of an archive, one thread: the stages' per-article
 * functions ({@link AnnotateArticles#annotations}, {@link ExtractIncidents#extract}) that the job's
 * tasks call for each row. Decoding is not counted (the floor reads the articles too): the archive is decoded a
 * file at a time (memory stays flat), then the work over that file's articles is timed, as wall
 * time and as the thread's CPU time (which does not grow when other processes share the machine).
 */
final class WorkMeter {
    private WorkMeter() {
    }

    /** Articles decoded, how many the gate passed on to the annotators, and the time spent on the work. */
    record Work(long articles, long gated, long incidents, long nanos, long cpuNanos) {
        double microsPerArticle() {
            return articles == 0 ? 0 : nanos / 1e3 / articles;
        }

        double seconds() {
            return nanos / 1e9;
        }

        double cpuSeconds() {
            return cpuNanos / 1e9;
        }
    }

    static Work measure(RuleBundle rules, int maxArticleChars, Path archive) {
        SentenceAnnotator annotator = SentenceAnnotator.of(rules);
        AnnotationRules annotation = AnnotationRules.of(rules);
        IncidentExtractor extractor = IncidentExtractor.of(rules);
        long articles = 0;
        long gated = 0;
        long incidents = 0;
        long nanos = 0;
        long cpuNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Path file : files(archive)) {
            List<RawArticle> decoded = ArticleDecoder.decode(file.toUri().toString(), read(file));
            articles += decoded.size();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (RawArticle a : decoded) {
                String status = a.status().code();
                AnnotateArticles.Annotated annotated = AnnotateArticles.annotate(status, a.text(),
                        Vocabulary.codeOf(a.rejectReason()), annotation, annotator, maxArticleChars);
                gated += annotated.annotations() == null ? 0 : 1;
                incidents += ExtractIncidents.extract(a.articleId(), a.publishedDate(), annotated.text(), status,
                        annotated.rejectReason(), annotated.annotations(), extractor).incidents().size();
            }
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
            nanos += System.nanoTime() - start;
        }
        return new Work(articles, gated, incidents, nanos, cpuNanos);
    }

    private static List<Path> files(Path archive) {
        try (Stream<Path> paths = Files.walk(archive)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + archive, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package org.casualtytrends.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A deterministic generator of synthetic news archives for tests and benchmarks: wire stories and press
 * releases on Afghan conflict incidents (2009-2013) mixed with politics, sport, economy, culture and weather
 * stories. Article i depends only on the seed, the conflict share and i. Templates and word lists live in
 * conf/bench (src/bench/resources); provinces and districts come from conf/gazetteer.
 */
public final class SyntheticArchive {

    public enum Format { TXT, JSONL }

    /**
     * @param articles        how many articles
     * @param conflictShare   the probability that an article reports a conflict incident, 0..1
     * @param seed            the same seed gives the same archive, byte for byte
     * @param format          TXT (one file per article, in folders of at most 1,000) or JSONL
     * @param articlesPerFile lines per JSONL file; for TXT, files per folder (capped at 1,000)
     * @param firstIndex      the index of the first article (ids are numbered from it)
     * @param firstDay        the first publication day
     * @param days            publication dates are spread uniformly over this many days from {@code firstDay}
     */
    public record Options(long articles, double conflictShare, long seed, Format format, int articlesPerFile,
                          long firstIndex, LocalDate firstDay, int days) {
        /** The standard period: articles published 2009-2013. */
        public static final LocalDate FIRST_DAY = LocalDate.of(2009, 1, 1);
        public static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2014, 1, 1));

        /** Articles numbered from 0, published over the standard period. */
        public Options(long articles, double conflictShare, long seed, Format format, int articlesPerFile) {
            this(articles, conflictShare, seed, format, articlesPerFile, 0, FIRST_DAY, DAYS);
        }

        public Options {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(firstDay, "firstDay");
            if (firstIndex < 0 || days < 1) {
                throw new IllegalArgumentException("firstIndex must not be negative and days at least 1: " + firstIndex + ", " + days);
            }
            if (articles < 0) {
                throw new IllegalArgumentException("articles must not be negative: " + articles);
            }
            if (!(conflictShare >= 0 && conflictShare <= 1)) {
                throw new IllegalArgumentException("conflictShare must lie in 0..1: " + conflictShare);
            }
            if (articlesPerFile < 1) {
                throw new IllegalArgumentException("articlesPerFile must be at least 1: " + articlesPerFile);
            }
        }

        /**
         * The {@code n} articles that follow this archive, as a scheduled run would meet them: numbered
         * after its last, published in the days after its last day, as many per day as it has.
         */
        public Options following(long n) {
            int followingDays = (int) Math.max(1, Math.round((double) n * days / Math.max(1, articles)));
            return new Options(n, conflictShare, seed, format, articlesPerFile, firstIndex + articles, firstDay.plusDays(days), followingDays);
        }
    }

    /** What write() wrote: articles, how many report a conflict incident, bytes and files on disk. */
    public record Summary(long articles, long conflictArticles, long bytes, int files) {
    }

    /**
     * One article. The TXT format writes "date {published} {title}", a blank line and the text; JSONL writes
     * id, published, title, text, source (the outlet or press office) and url (under the reserved .example domain).
     */
    public record GeneratedArticle(String id, LocalDate published, String title, String text, boolean conflict, Truth truth,
                                   String source, String url) {
    }

    /**
     * What a conflict article's lead reports, as stated there (null for other articles): the killed, injured and
     * captured figures (null when not reported; "at least 13" gives 13, "several" 3), the province as
     * conf/gazetteer/afg_provinces.tsv adm1_name spells it, and the event date. A second, different figure in
     * the article is always a party's claim (CODEBOOK.md section 4), and an earlier incident it mentions lies
     * in another province.
     */
    public record Truth(Integer killed, Integer injured, Integer captured, String province, LocalDate eventDate) {
    }

    private SyntheticArchive() {
    }

    /** Writes the archive under dir (created), deterministic for the same options. Streams: memory stays flat. */
    public static Summary write(Path dir, Options options) throws IOException {
        Files.createDirectories(dir);
        ArticleFactory factory = ArticleFactory.standard();
        long conflictArticles = 0;
        ArchiveSink sink = options.format() == Format.TXT
                ? new TxtArchiveSink(dir, options.articlesPerFile())
                : new JsonlArchiveSink(dir, options.articlesPerFile());
        try (sink) {
            for (long i = options.firstIndex(); i < options.firstIndex() + options.articles(); i++) {
                GeneratedArticle article = factory.article(i, options);
                sink.write(article);
                if (article.conflict()) {
                    conflictArticles++;
                }
            }
        }
        return new Summary(options.articles(), conflictArticles, sink.bytes(), sink.files());
    }

    /** The article with this index, the same as write() writes. */
    public static GeneratedArticle article(long index, Options options) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        return ArticleFactory.standard().article(index, options);
    }
}

package org.casualtytrends.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.casualtytrends.config.ConfFiles;

/**
 * Makes archive article i as a function of the options' seed and conflict share and of i alone, so that any
 * slice of an archive can be regenerated (or written in parallel). Loads the conf/bench vocabulary once.
 */
final class ArticleFactory {
    private static final String BENCH = ConfFiles.CLASSPATH + "conf/bench/";
    private static final String GAZETTEER = ConfFiles.CLASSPATH + "conf/gazetteer/";

    private static final class Standard {
        static final ArticleFactory INSTANCE = load();
    }

    private final TemplateGrammar grammar;
    private final ConflictStoryWriter conflict;
    private final NewsStoryWriter news;
    private final Map<String, String> slugs = new ConcurrentHashMap<>();

    private ArticleFactory(TemplateGrammar grammar, ConflictStoryWriter conflict, NewsStoryWriter news) {
        this.grammar = grammar;
        this.conflict = conflict;
        this.news = news;
    }

    static ArticleFactory standard() {
        return Standard.INSTANCE;
    }

    private static ArticleFactory load() {
        TemplateGrammar grammar = TemplateGrammar.load(List.of(
                BENCH + "words-grammar.txt", BENCH + "conflict-grammar.txt", BENCH + "news-grammar.txt"));
        AfghanPlaces places = AfghanPlaces.load(GAZETTEER + "afg_provinces.tsv", GAZETTEER + "afg_districts.tsv",
                BENCH + "provincial-capitals.txt");
        SceneBinder scene = new SceneBinder(grammar, DateWords.load(BENCH + "months.txt"));
        ConflictStoryWriter conflict = new ConflictStoryWriter(grammar, scene, places,
                CasualtyNouns.load(BENCH + "casualty-nouns.txt"), FigureWords.load(BENCH + "number-words.txt"),
                ConflictKind.load(BENCH + "conflict-kinds.txt"));
        return new ArticleFactory(grammar, conflict, new NewsStoryWriter(grammar, scene, places));
    }

    SyntheticArchive.GeneratedArticle article(long index, SyntheticArchive.Options options) {
        SplittableRandom random = new SplittableRandom(mix(mix(options.seed()) + index));
        LocalDate published = options.firstDay().plusDays(random.nextInt(options.days()));
        boolean isConflict = random.nextDouble() < options.conflictShare();
        StoryContext context = new StoryContext(random, grammar.rules());
        Story story = isConflict ? conflict.write(context, published) : news.write(context, published);
        String id = "syn-" + zeroPadded(index, 9);
        String url = "https://" + slugs.computeIfAbsent(story.source(), ArticleFactory::slug) + ".example/"
                + published.getYear() + "/" + zeroPadded(published.getMonthValue(), 2) + "/"
                + zeroPadded(published.getDayOfMonth(), 2) + "/" + id;
        return new SyntheticArchive.GeneratedArticle(id, published, story.title(), story.text(), isConflict,
                story.truth(), story.source(), url);
    }

    private static String zeroPadded(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** "Kabul Wire Service" to "kabul-wire-service". */
    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Stafford's 64-bit finaliser (variant 13): spreads seeds and indexes over the whole state space. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

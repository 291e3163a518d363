package org.casualtytrends.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** A news-format gold file: per article, its incidents coded as in CODEBOOK.md. */
public record NewsGold(Path source, List<NewsGoldArticle> articles) implements Gold {
    public NewsGold {
        articles = List.copyOf(articles);
    }

    @Override
    public String format() {
        return NEWS;
    }

    @Override
    public int articleCount() {
        return articles.size();
    }

    @Override
    public NewsGold only(Predicate<String> keep) {
        return new NewsGold(source, articles.stream().filter(a -> keep.test(a.articleId())).toList());
    }
}

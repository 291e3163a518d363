package org.casualtytrends.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** An ISAF-format gold file: per press release, totals over all of its events. */
public record IsafGold(Path source, List<IsafGoldArticle> articles) implements Gold {
    public IsafGold {
        articles = List.copyOf(articles);
    }

    @Override
    public String format() {
        return ISAF;
    }

    @Override
    public int articleCount() {
        return articles.size();
    }

    @Override
    public IsafGold only(Predicate<String> keep) {
        return new IsafGold(source, articles.stream().filter(a -> keep.test(a.articleId())).toList());
    }
}

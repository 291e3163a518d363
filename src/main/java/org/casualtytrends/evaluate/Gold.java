package org.casualtytrends.evaluate;

import java.nio.file.Path;
import java.util.function.Predicate;

/** A human gold file, in one of the two formats of ../shared/eval/README.md. */
public sealed interface Gold permits IsafGold, NewsGold {
    String ISAF = "isaf";
    String NEWS = "news";

    /** The file it was read from. */
    Path source();

    /** {@link #ISAF} or {@link #NEWS}. */
    String format();

    int articleCount();

    /** The same gold restricted to the articles whose id passes {@code keep}. */
    Gold only(Predicate<String> keep);
}

package org.casualtytrends.evaluate;

import java.nio.file.Path;

/** A human gold file, in one of the two formats of ../shared/eval/README.md. */
public sealed interface Gold permits IsafGold, NewsGold {
    String ISAF = "isaf";
    String NEWS = "news";

    /** The file it was read from. */
    Path source();

    /** {@link #ISAF} or {@link #NEWS}. */
    String format();

    int articleCount();
}

package org.casualtytrends.extract.dates;

import java.time.LocalDate;

/** A phrase of {@code conf/dates/relative.tsv}: its rule and, for {@link RelativeRule#DAY}, the day offset. */
record RelativePhrase(String phrase, RelativeRule rule, int days) {

    DateWindow resolve(LocalDate published) {
        return rule.resolve(published, days);
    }
}

package org.casualtytrends.bench;

import java.util.Locale;

/** The article variables that the story writers set and the grammar's templates name in lower case ({@code {killed_np}}). */
enum StorySlot {
    OUTLET, PROVINCE, PROVINCE_ALT, DISTRICT, CAPITAL, DATELINE_CITY,
    PUB_WEEKDAY, PUB_MONTH, PUB_DAY, PUB_YEAR, PREV_YEAR, WEEKDAY, EVENT_MONTH, EVENT_DAY, WHEN,
    TARGET, SOURCE, KILLED_NP, KILLED_BE, KILLED_HEAD, INJURED_NP, INJURED_BE,
    CAPTURED_NP, CAPTURED_BE, CAPTURED_HEAD, CLAIM_NP, BG_NP, BG_BE, BG_PROVINCE,
    KILLING, PASSIVE, TOLL;

    /** The name templates use. */
    String templateName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.casualtytrends.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Sets the variables every story may use: the publication date's words, the outlet, an Afghan province with
 * a district and capital, and the expression dating the story's event a few days before publication
 * ("on Tuesday", "overnight") as CODEBOOK.md section 5 resolves it.
 */
final class SceneBinder {
    private final TemplateGrammar grammar;
    private final DateWords dates;
    private final int outlet;
    private final int sameDay;
    private final int previousDay;
    private final int earlier;

    SceneBinder(TemplateGrammar grammar, DateWords dates) {
        this.grammar = grammar;
        this.dates = dates;
        this.outlet = grammar.require("outlets");
        this.sameDay = grammar.require("when.same_day");
        this.previousDay = grammar.require("when.previous_day");
        this.earlier = grammar.require("when.earlier");
    }

    /** Binds the scene and returns the event's date. */
    LocalDate bind(StoryContext context, LocalDate published, AfghanPlaces.Province province) {
        SplittableRandom random = context.random();
        context.set(StorySlot.OUTLET, grammar.expand(outlet, context));
        context.set(StorySlot.PUB_WEEKDAY, DateWords.weekday(published));
        context.set(StorySlot.PUB_MONTH, dates.monthAbbreviation(published));
        context.set(StorySlot.PUB_DAY, Integer.toString(published.getDayOfMonth()));
        context.set(StorySlot.PUB_YEAR, Integer.toString(published.getYear()));
        context.set(StorySlot.PREV_YEAR, Integer.toString(published.getYear() - 1));
        context.set(StorySlot.PROVINCE, province.name());
        context.set(StorySlot.PROVINCE_ALT, province.spelling(random));
        context.set(StorySlot.DISTRICT, province.district(random));
        context.set(StorySlot.CAPITAL, province.capital());
        context.set(StorySlot.DATELINE_CITY, province.capital().toUpperCase(Locale.ROOT));

        double u = random.nextDouble();
        int daysBefore = u < 0.25 ? 0 : u < 0.7 ? 1 : 2 + random.nextInt(5);
        LocalDate event = published.minusDays(daysBefore);
        context.set(StorySlot.WEEKDAY, DateWords.weekday(event));
        context.set(StorySlot.EVENT_MONTH, random.nextBoolean() ? dates.monthAbbreviation(event) : dates.monthName(event));
        context.set(StorySlot.EVENT_DAY, Integer.toString(event.getDayOfMonth()));
        int when = daysBefore == 0 ? sameDay : daysBefore == 1 ? previousDay : earlier;
        context.set(StorySlot.WHEN, grammar.expand(when, context));
        return event;
    }
}

package org.casualtytrends.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a story that is not about armed conflict (politics, sport, economy, culture, weather, road accidents),
 * on a subtopic drawn from the grammar's news.topic rule.
 */
final class NewsStoryWriter {
    private static final String TITLE_SEPARATOR = " || ";

    /** The rules of one subtopic. */
    private record Subtopic(int dateline, int lead, int body) {
    }

    private final TemplateGrammar grammar;
    private final SceneBinder scene;
    private final AfghanPlaces places;
    private final List<Subtopic> subtopics = new ArrayList<>();

    NewsStoryWriter(TemplateGrammar grammar, SceneBinder scene, AfghanPlaces places) {
        this.grammar = grammar;
        this.scene = scene;
        this.places = places;
        for (String name : grammar.plainAlternatives(grammar.require("news.topic"))) {
            subtopics.add(new Subtopic(grammar.require(name + ".dateline"), grammar.require(name + ".lead"),
                    grammar.require(name + ".body")));
        }
    }

    Story write(StoryContext context, LocalDate published) {
        Subtopic subtopic = subtopics.get(context.random().nextInt(subtopics.size()));
        scene.bind(context, published, places.anyProvince(context.random()));
        String titleAndLead = grammar.expand(subtopic.lead, context);
        int separator = titleAndLead.indexOf(TITLE_SEPARATOR);
        if (separator < 0) {
            throw new IllegalStateException("a news lead lacks its title before \"" + TITLE_SEPARATOR + "\": " + titleAndLead);
        }
        StoryText text = new StoryText(grammar, context);
        text.addLead(subtopic.dateline, titleAndLead.substring(separator + TITLE_SEPARATOR.length()));
        text.add(subtopic.body);
        text.addRemaining(subtopic.body);
        return new Story(titleAndLead.substring(0, separator), text.text(), context.get(StorySlot.OUTLET), null);
    }
}

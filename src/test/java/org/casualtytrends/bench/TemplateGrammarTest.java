package org.casualtytrends.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateGrammarTest {

    @TempDir
    Path dir;

    private TemplateGrammar grammar(String text) throws IOException {
        Path file = dir.resolve("test-grammar.txt");
        Files.writeString(file, text);
        return TemplateGrammar.load(List.of(file.toString()));
    }

    private static StoryContext context(TemplateGrammar grammar) {
        return new StoryContext(new SplittableRandom(1), grammar.rules());
    }

    @Test
    void expandsVariablesAndNestedRulesWithCasing() throws IOException {
        TemplateGrammar grammar = grammar("""
                # a comment
                [lead]
                {^who} attacked a post in {province} province, {!city} police said.

                [who]
                gunmen
                [city]
                {capital}
                """);
        StoryContext context = context(grammar);
        context.set(StorySlot.PROVINCE, "Kunduz");
        context.set(StorySlot.CAPITAL, "Kunduz city");
        assertEquals("Gunmen attacked a post in Kunduz province, KUNDUZ CITY police said.",
                grammar.expand(grammar.require("lead"), context));
    }

    @Test
    void barSeparatesShortAlternativesAndTildeIsEmpty() throws IOException {
        TemplateGrammar grammar = grammar("""
                [word]
                red | green
                ~
                """);
        int rule = grammar.require("word");
        assertEquals(3, grammar.alternatives(rule));
        StoryContext context = context(grammar);
        assertEquals(List.of("red", "green", ""), List.of(grammar.expand(rule, 0, context), grammar.expand(rule, 1, context),
                grammar.expand(rule, 2, context)));
    }

    @Test
    void memoSlotsRepeatTheFirstExpansionWithinAnArticle() throws IOException {
        TemplateGrammar grammar = grammar("""
                [pair]
                {$name} and {$name} and {^$name}
                [name]
                ahmad | bashir | daud | farid | gul | hamid | karim | latif
                """);
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            String text = grammar.expand(grammar.require("pair"), new StoryContext(new SplittableRandom(seed), grammar.rules()));
            String[] parts = text.split(" and ");
            assertEquals(parts[0], parts[1]);
            assertEquals(Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1), parts[2]);
            seen.add(parts[0]);
        }
        assertTrue(seen.size() > 1, "different articles draw different names");
    }

    @Test
    void plainAlternativesListNames() throws IOException {
        TemplateGrammar grammar = grammar("""
                [topics]
                sport.football | sport.cricket
                """);
        assertEquals(List.of("sport.football", "sport.cricket"), grammar.plainAlternatives(grammar.require("topics")));
    }

    @Test
    void unknownSlotNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> grammar("""
                [lead]
                fine text
                Attack in {provnce} province.
                """));
        assertEquals(dir.resolve("test-grammar.txt") + " line 3: unknown slot {provnce} in: Attack in {provnce} province.",
                e.getMessage());
    }

    @Test
    void unbalancedBracesAndDuplicateRulesAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> grammar("[a]\nopen {brace\n")).getMessage()
                .contains("line 2: '{' without '}'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> grammar("[a]\nx\n[a]\ny\n")).getMessage()
                .contains("line 3: rule [a] is defined twice"));
    }

    @Test
    void unsetVariableIsReportedWithItsRule() throws IOException {
        TemplateGrammar grammar = grammar("[lead]\n{killed_np} were killed\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> grammar.expand(grammar.require("lead"), context(grammar)));
        assertEquals("rule [lead] uses {killed_np}, which this story does not set", e.getMessage());
    }

    @Test
    void mostSpecificExistingRuleIsFound() throws IOException {
        TemplateGrammar grammar = grammar("[wire.lead.clash]\nx\n[wire.lead]\ny\n");
        assertEquals(grammar.require("wire.lead.clash"),
                grammar.requireFirst(List.of("wire.lead.clash.security", "wire.lead.clash", "wire.lead")));
        assertThrows(IllegalStateException.class, () -> grammar.require("wire.quote"));
    }
}

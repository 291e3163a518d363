package org.casualtytrends.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * README's usage lines are the command line's own: every line or code span of README that starts
 * with {@code casualty-trends <command>} equals that command's synopsis as {@code --help} prints it
 * (wrapped lines joined), and every command has one. Examples start with {@code jobs/casualty-trends}.
 */
class ReadmeUsageTest {
    private static final Pattern USAGE = Pattern.compile("(?m)(?:^|`)(casualty-trends (\\w+)(?: [^`\\n]*)?)");

    /** The synopsis of each command as its help prints it, on one line. */
    private static Map<String, String> helpSynopses() {
        Map<String, String> synopses = new TreeMap<>();
        for (Map.Entry<String, CommandLine> command : Main.commandLine().getSubcommands().entrySet()) {
            List<String> lines = new ArrayList<>();
            for (String line : command.getValue().getUsageMessage().split("\n")) {
                if (!lines.isEmpty() && !line.startsWith(" ")) {
                    break;
                }
                lines.add(line.strip());
            }
            synopses.put(command.getKey(), String.join(" ", lines).replaceFirst("^Usage: ", ""));
        }
        return synopses;
    }

    @Test
    void everyUsageLineOfReadmeIsTheCommandsOwn() throws IOException {
        Map<String, String> help = helpSynopses();
        assertEquals(List.of("bench", "evaluate", "report", "run"), List.copyOf(help.keySet()), "the commands");
        Map<String, String> readme = new TreeMap<>();
        Matcher usage = USAGE.matcher(Files.readString(Path.of("README.md")));
        while (usage.find()) {
            String command = usage.group(2);
            String line = usage.group(1).strip();
            assertEquals(help.get(command), line, "README's usage of " + command + " against its --help");
            readme.put(command, line);
        }
        assertEquals(help.keySet(), readme.keySet(), "a usage line in README for every command");
    }

    @Test
    void theSynopsisShowsEachOptionOnceWithItsLabel() {
        String run = helpSynopses().get("run");
        assertFalse(run.contains("=") || run.contains("-hV"), run);
        assertEquals(1, run.split("--input PATH\\.\\.\\.", -1).length - 1, run);
    }
}

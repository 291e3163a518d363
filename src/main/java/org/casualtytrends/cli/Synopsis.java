package org.casualtytrends.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The usage line of each command, the one README shows (a test compares them): the options in the
 * order they are declared, {@code --name LABEL}, optional ones in brackets, those that take several
 * values with {@code ...}; {@code --help} and {@code --version} are left to the option list.
 * Picocli's own synopsis writes {@code --input=PATH... [--input=PATH...]...} and sorts the options
 * by name, which reads as noise beside README's lines.
 */
final class Synopsis {
    private Synopsis() {
    }

    /** Gives every subcommand of {@code cli} this synopsis in its help and usage errors. */
    static void install(CommandLine cli) {
        for (CommandLine command : cli.getSubcommands().values()) {
            command.getCommandSpec().usageMessage().sectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS,
                    help -> wrap(words(help.commandSpec()), help.commandSpec().usageMessage().synopsisHeading().length(),
                            help.commandSpec().usageMessage().width()));
        }
    }

    /** {@code casualty-trends run --input PATH... --output DIR [--run-id ID] ...}, on one line. */
    static String of(CommandSpec spec) {
        return String.join(" ", words(spec));
    }

    private static List<String> words(CommandSpec spec) {
        List<String> words = new ArrayList<>();
        words.add(spec.qualifiedName());
        for (OptionSpec option : spec.options()) {
            if (option.usageHelp() || option.versionHelp() || option.hidden()) {
                continue;
            }
            String text = option.longestName();
            if (option.arity().max() > 0) {
                text += " " + option.paramLabel() + (option.isMultiValue() ? "..." : "");
            }
            words.add(option.required() ? text : "[" + text + "]");
        }
        return words;
    }

    /** The synopsis after a heading of {@code heading} characters, wrapped at {@code width}, continuation lines under the first option. */
    private static String wrap(List<String> words, int heading, int width) {
        StringBuilder out = new StringBuilder(words.get(0));
        int indent = heading + out.length() + 1;
        int column = heading + out.length();
        for (String word : words.subList(1, words.size())) {
            if (column + 1 + word.length() > width && column >= indent) {
                out.append('\n').append(" ".repeat(indent - 1));
                column = indent - 1;
            }
            out.append(' ').append(word);
            column += 1 + word.length();
        }
        return out.append('\n').toString();
    }
}

package org.casualtytrends.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.ServiceLoader;

/**
 * {@code casualty-trends <command>}: wires the subcommands, nothing else. {@code run} and
 * {@code evaluate} are the job's; the {@link ExtraCommand}s on the classpath (the bench) join them.
 */
@Command(name = "casualty-trends", mixinStandardHelpOptions = true, version = "casualty-trends 0.1.0",
        description = "News archives in; de-duplicated conflict incidents and casualty trends out, as Parquet.",
        subcommands = {RunCommand.class, ReportCommand.class, EvaluateCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line; returns its exit code (0 ok, 1 failed run, 2 bad arguments or configuration). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        for (ExtraCommand extra : ServiceLoader.load(ExtraCommand.class)) {
            cli.addSubcommand(extra);
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("casualty-trends: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("casualty-trends: the run failed: " + e);
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        String names = String.join(", ", spec.subcommands().keySet());
        int last = names.lastIndexOf(", ");
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: "
                + (last < 0 ? names : names.substring(0, last) + " or " + names.substring(last + 2)));
    }
}

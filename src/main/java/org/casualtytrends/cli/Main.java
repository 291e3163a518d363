package org.casualtytrends.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code casualty-trends <command>}: wires the subcommands, nothing else. */
@Command(name = "casualty-trends", mixinStandardHelpOptions = true, version = "casualty-trends 0.1.0",
        description = "News archives in; de-duplicated conflict incidents and casualty trends out, as Parquet.",
        subcommands = {RunCommand.class, ReportCommand.class, EvaluateCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line; returns its exit code (0 ok, 1 failed run, 2 bad arguments or configuration). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
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
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, report, evaluate or bench");
    }
}

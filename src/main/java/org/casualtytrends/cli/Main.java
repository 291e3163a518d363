package org.casualtytrends.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * {@code casualty-trends <command>}: wires the subcommands, nothing else. {@code run} and
 * {@code evaluate} are the job's; the {@link ExtraCommand}s on the classpath (the bench) join them.
 */
@Command(name = "casualty-trends", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
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
        CommandLine cli = commandLine();
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("casualty-trends: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("casualty-trends: the run failed: " + e
                    + Logs.written().map(log -> "; Spark's log: " + log).orElse(""));
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * The command line with every command, as {@link #execute} runs it. Settings made here reach the
     * subcommands present when they are made, so the extra commands are added first. Each command's
     * {@code --version} prints the build's version. No ANSI colours:
     * picocli turns them on when stdin and stdout are a terminal, which put escape codes into error
     * output redirected to a file ({@code 2> err.log}). Enum values (bench --format) in any case.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        for (ExtraCommand extra : ServiceLoader.load(ExtraCommand.class)) {
            cli.addSubcommand(extra);
        }
        for (CommandLine command : cli.getSubcommands().values()) {
            command.getCommandSpec().versionProvider(new Version());
        }
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        Synopsis.install(cli);
        return cli;
    }

    @Override
    public void run() {
        String names = String.join(", ", spec.subcommands().keySet());
        int last = names.lastIndexOf(", ");
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: "
                + (last < 0 ? names : names.substring(0, last) + " or " + names.substring(last + 2)));
    }

    /** {@code --version}: the build's version (pom.xml), filtered into a resource at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        static final String RESOURCE = "version.properties";

        @Override
        public String[] getVersion() {
            return new String[] {"casualty-trends " + number()};
        }

        static String number() {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("not on the classpath");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
            return properties.getProperty("version");
        }
    }
}

package dev.napkin.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code napkin}: the headless command line. */
@Command(
    name = "napkin",
    mixinStandardHelpOptions = true,
    version = "napkin 0.1.0",
    description = "Design and simulate data flows: batch, micro-batch and streaming side by side.")
public final class NapkinCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Runs the command line and returns the exit code (2 for usage errors). */
  public static int run(String... args) {
    CommandLine cli = commandLine(CliServices.defaults());
    // UTF-8 whatever the platform default, so reports print the same bytes on JDK 17 and 25.
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cli.execute(args);
  }

  /** The command line with its subcommands, using the given services. */
  public static CommandLine commandLine(CliServices services) {
    CommandLine cli = new CommandLine(new NapkinCommand());
    cli.addSubcommand("validate", new ValidateCommand(services));
    cli.addSubcommand("simulate", new SimulateCommand(services));
    cli.addSubcommand("sweep", new SweepCommand(services));
    cli.addSubcommand("export", new ExportCommand(services));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("napkin: error: " + e);
          commandLine.getErr().flush();
          return ExitCodes.INVALID;
        });
    return cli;
  }
}

package dev.napkin.app.cli;

import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code napkin simulate FLOW}: simulates a flow in one or all modes and prints the results. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Simulate a flow in batch, micro-batch and streaming and recommend a mode.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:invalid flow spec or failed run",
      "2:usage or I/O error",
      "3:with --fail-on-miss, the checked run misses an SLA or is unstable"
    })
public final class SimulateCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FLOW", description = "The flow spec (.yaml, .yml, .json).")
  private Path flowFile;

  @Mixin private SimulationOptions simulation;

  @Mixin private RunOptions modes;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Converters.FormatConverter.class,
      description = "text|json|csv (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(names = "-o", paramLabel = "OUT", description = "Write to this file, not stdout.")
  private Path output;

  @Option(
      names = "--fail-on-miss",
      description = "Exit 3 when the checked run misses an SLA or is unstable.")
  private boolean failOnMiss;

  public SimulateCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String file = flowFile.toString();
    FlowArgument.Loaded argument = FlowArgument.load(services, flowFile, err);
    if (argument.flow().isEmpty()) {
      return argument.exitCode();
    }
    LoadedFlow loaded = argument.flow().get();
    CommandSimulation.Outcome run =
        CommandSimulation.run(services, loaded, simulation, modes, file, "simulate", err);
    if (run.result().isEmpty()) {
      return run.code();
    }
    SimulationResult result = run.result().get();
    ModeSelection selection = run.selection().orElseThrow();
    try {
      write(format.report().render(result));
    } catch (IOException e) {
      return fail(err, output + ": error: cannot write: " + e.getMessage(), ExitCodes.USAGE);
    }
    result.warnings().forEach(w -> err.println(file + ": warning: " + w));
    err.flush();
    return failOnMiss
        ? check(err, file, selection.checkedMode(loaded.flow(), result), result)
        : ExitCodes.OK;
  }

  private void write(String text) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      OutputFile.write(output, text);
    }
  }

  private static int check(
      PrintWriter err, String file, Optional<String> checked, SimulationResult result) {
    if (checked.isEmpty()) {
      return fail(
          err,
          "napkin simulate: error: --fail-on-miss checks the as-designed run, which is not yet"
              + " available for this flow",
          ExitCodes.USAGE);
    }
    ModeResult run = result.mode(checked.get()).orElseThrow();
    if (run.meetsAllSlas()) {
      return ExitCodes.OK;
    }
    String why =
        run.stable()
            ? "misses the SLA of "
                + run.sinks().stream()
                    .filter(s -> !s.slaMet())
                    .map(SinkResult::sink)
                    .map(Object::toString)
                    .collect(Collectors.joining(", "))
            : "is unstable: " + run.instability().orElseThrow();
    return fail(err, file + ": error: " + run.mode() + " " + why, ExitCodes.SLA_MISSED);
  }

  private static int fail(PrintWriter err, String message, int code) {
    err.println(message);
    err.flush();
    return code;
  }
}

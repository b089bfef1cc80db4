package dev.napkin.app.cli;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.run.SimulationFailedException;
import dev.napkin.simulator.run.SimulationRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
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

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = ModeSelection.ALL,
      converter = Converters.ModeConverter.class,
      description = "batch|micro-batch|streaming|as-designed|all (default: ${DEFAULT-VALUE}).")
  private String mode;

  @Mixin private SimulationOptions simulation;

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

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = Converters.ProgressConverter.class,
      description = "auto|always|never: progress on stderr (auto: on a console).")
  private ProgressMode progress;

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
    Flow flow = loaded.flow();
    SimulationSettings settings = simulation.apply(flow.simulation());
    if (settings.warmup().compareTo(settings.horizon()) >= 0) {
      return fail(
          err,
          file
              + ": error: the warm-up ("
              + settings.warmup()
              + ") must be shorter than the horizon ("
              + settings.horizon()
              + ")",
          simulation.setsTime() ? ExitCodes.USAGE : ExitCodes.INVALID);
    }
    ModeSelection selection;
    try {
      selection = ModeSelection.of(mode, services.modes(), Optional.of(flow));
    } catch (IllegalArgumentException e) {
      return fail(err, "napkin simulate: error: " + e.getMessage(), ExitCodes.USAGE);
    }
    SimulationResult result;
    try {
      result = simulate(loaded, settings, selection, err);
    } catch (SimulationFailedException | IllegalArgumentException e) {
      return fail(err, file + ": error: " + e.getMessage(), ExitCodes.INVALID);
    }
    result =
        result.withWarnings(
            java.util.stream.Stream.concat(
                    simulation.fittedWarmupWarning(flow.simulation()).stream(),
                    selection.skippedWarning().stream())
                .toList());
    try {
      write(format.report().render(result));
    } catch (IOException e) {
      return fail(err, output + ": error: cannot write: " + e.getMessage(), ExitCodes.USAGE);
    }
    result.warnings().forEach(w -> err.println(file + ": warning: " + w));
    err.flush();
    return failOnMiss
        ? check(err, file, selection.checkedMode(flow, result), result)
        : ExitCodes.OK;
  }

  private SimulationResult simulate(
      LoadedFlow loaded, SimulationSettings settings, ModeSelection selection, PrintWriter err) {
    List<ModeSimulator> simulators =
        selection.run().stream().map(name -> services.modes().create(name).orElseThrow()).toList();
    SimulationRequest request =
        new SimulationRequest(
            loaded.flow(), settings, loaded.traces(), simulators, services.prices());
    boolean show =
        progress == ProgressMode.ALWAYS
            || (progress == ProgressMode.AUTO && services.console().getAsBoolean());
    ProgressPrinter printer = new ProgressPrinter(err, services.console().getAsBoolean());
    RunControl control = new RunControl(show ? printer : share -> {}, new AtomicBoolean());
    try {
      return services.simulator().run(request, control);
    } finally {
      printer.finish();
    }
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

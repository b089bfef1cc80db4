package dev.napkin.app.cli;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.run.SimulationFailedException;
import dev.napkin.simulator.run.SimulationRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Runs the simulation a command asks for, the same way for {@code simulate} and the report exports:
 * the options applied to the spec's settings, the modes chosen, progress on stderr, and the skipped
 * modes noted as a warning; or the message and exit code it failed with.
 */
final class CommandSimulation {
  private CommandSimulation() {}

  /** The result and the modes chosen, or the exit code the command ends with. */
  record Outcome(Optional<SimulationResult> result, Optional<ModeSelection> selection, int code) {
    static Outcome failed(int code) {
      return new Outcome(Optional.empty(), Optional.empty(), code);
    }
  }

  static Outcome run(
      CliServices services,
      LoadedFlow loaded,
      SimulationOptions options,
      RunOptions run,
      String file,
      String command,
      PrintWriter err) {
    Flow flow = loaded.flow();
    SimulationSettings settings = options.apply(flow.simulation());
    Optional<SimulationOptions.Misfit> misfit = options.misfit(settings);
    if (misfit.isPresent()) {
      return fail(err, file + ": error: " + misfit.get().message(), misfit.get().exitCode());
    }
    ModeSelection selection;
    try {
      selection = ModeSelection.of(run.mode, services.modes(), Optional.of(flow));
    } catch (IllegalArgumentException e) {
      return fail(err, "napkin " + command + ": error: " + e.getMessage(), ExitCodes.USAGE);
    }
    SimulationResult result;
    try {
      result = simulate(services, loaded, settings, selection, run.progress, err);
    } catch (SimulationFailedException | IllegalArgumentException e) {
      return fail(err, file + ": error: " + e.getMessage(), ExitCodes.INVALID);
    }
    result =
        result.withWarnings(
            Stream.concat(
                    options.fittedWarmupWarning(flow.simulation()).stream(),
                    selection.skippedWarning().stream())
                .toList());
    return new Outcome(Optional.of(result), Optional.of(selection), ExitCodes.OK);
  }

  private static SimulationResult simulate(
      CliServices services,
      LoadedFlow loaded,
      SimulationSettings settings,
      ModeSelection selection,
      ProgressMode progress,
      PrintWriter err) {
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

  private static Outcome fail(PrintWriter err, String message, int code) {
    err.println(message);
    err.flush();
    return Outcome.failed(code);
  }
}

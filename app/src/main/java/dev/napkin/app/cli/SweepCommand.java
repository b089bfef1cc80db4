package dev.napkin.app.cli;

import dev.napkin.app.report.SweepRun;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.run.SimulationFailedException;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.sweep.SweepGrid;
import dev.napkin.simulator.sweep.SweepRequest;
import dev.napkin.simulator.sweep.SweepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code napkin sweep FLOW}: simulates a grid of configurations per mode (its main knob × a
 * parallelism scale) and prints every point, the cost-vs-latency frontier per sink and the cheapest
 * configuration meeting every SLA.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Sweep each mode's main knob (batch and micro-batch every, streaming checkpoint) and a"
          + " parallelism scale; print every point, the cost-vs-latency Pareto frontier per sink"
          + " and the cheapest configuration meeting every SLA.",
      "Default grid per mode: the spec's knob × 1/4, 1/2, 1, 2, 4; five parallelism scales from"
          + " the least that keeps every stage below full load to 4× the spec's."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:invalid flow spec or failed run",
      "2:usage or I/O error",
      "3:with --fail-on-miss, no configuration meets every SLA"
    })
public final class SweepCommand implements Callable<Integer> {
  static final String ALL = "all";

  private final CliServices services;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FLOW", description = "The flow spec (.yaml, .yml, .json).")
  private Path flowFile;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = ALL,
      converter = SweepModeConverter.class,
      description = "batch|micro-batch|streaming|all (default: ${DEFAULT-VALUE}).")
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

  @Option(names = "--fail-on-miss", description = "Exit 3 when no configuration meets every SLA.")
  private boolean failOnMiss;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = Converters.ProgressConverter.class,
      description = "auto|always|never: progress on stderr (auto: on a console).")
  private ProgressMode progress;

  public SweepCommand(CliServices services) {
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
    Optional<SimulationOptions.Misfit> misfit = simulation.misfit(settings);
    if (misfit.isPresent()) {
      return fail(err, file + ": error: " + misfit.get().message(), misfit.get().exitCode());
    }
    List<String> modes = modes();
    if (modes.isEmpty()) {
      return fail(
          err,
          "napkin sweep: error: --mode "
              + mode
              + " is not yet available (this build sweeps: "
              + String.join(", ", available())
              + ")",
          ExitCodes.USAGE);
    }
    List<String> warnings = new ArrayList<>();
    simulation.fittedWarmupWarning(flow.simulation()).ifPresent(warnings::add);
    SweepRequest request;
    SweepResult result;
    try {
      request = request(loaded, settings, modes);
      result = sweep(request, err);
    } catch (SimulationFailedException | IllegalArgumentException e) {
      return fail(err, file + ": error: " + e.getMessage(), ExitCodes.INVALID);
    }
    SweepRun run = new SweepRun(flow, settings, request.grid(), result, warnings);
    try {
      write(format.sweepReport().render(run));
    } catch (IOException e) {
      return fail(err, output + ": error: cannot write: " + e.getMessage(), ExitCodes.USAGE);
    }
    warnings.forEach(w -> err.println(file + ": warning: " + w));
    err.flush();
    if (failOnMiss && result.cheapestMeetingAll().isEmpty()) {
      return fail(
          err,
          file
              + ": error: none of the "
              + result.points().size()
              + " configurations meets every SLA",
          ExitCodes.SLA_MISSED);
    }
    return ExitCodes.OK;
  }

  /** The modes to sweep: the one asked for, or with {@code all} every sweepable one offered. */
  private List<String> modes() {
    List<String> offered = available();
    if (mode.equals(ALL)) {
      return offered;
    }
    return offered.contains(mode) ? List.of(mode) : List.of();
  }

  private List<String> available() {
    return SweepGrid.MODES.stream().filter(services.modes()::offers).toList();
  }

  private SweepRequest request(LoadedFlow loaded, SimulationSettings settings, List<String> modes) {
    List<ModeSimulator> simulators =
        modes.stream().map(name -> services.modes().create(name).orElseThrow()).toList();
    SimulationRequest base =
        new SimulationRequest(
            loaded.flow(), settings, loaded.traces(), simulators, services.prices());
    SweepGrid grid =
        SweepGrid.standard(loaded.flow(), loaded.traces(), settings.horizon()).onlyModes(modes);
    return new SweepRequest(base, grid);
  }

  private SweepResult sweep(SweepRequest request, PrintWriter err) {
    boolean console = services.console().getAsBoolean();
    boolean show = progress == ProgressMode.ALWAYS || (progress == ProgressMode.AUTO && console);
    ProgressPrinter printer = new ProgressPrinter(err, console, "sweeping ");
    RunControl control = new RunControl(show ? printer : share -> {}, new AtomicBoolean());
    try {
      return services.sweep().run(request, control);
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

  private static int fail(PrintWriter err, String message, int code) {
    err.println(message);
    err.flush();
    return code;
  }

  /** {@code --mode}: batch, micro-batch, streaming or all; as-designed is not a single mode. */
  static final class SweepModeConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.equals(ALL) || SweepGrid.MODES.contains(value)) {
        return value;
      }
      if (value.equals("as-designed")) {
        throw new TypeConversionException(
            "as-designed cannot be swept: a sweep runs the whole flow in one mode"
                + " (batch|micro-batch|streaming|all)");
      }
      throw new TypeConversionException(
          "\"" + value + "\" is not a mode (batch|micro-batch|streaming|all)");
    }
  }
}

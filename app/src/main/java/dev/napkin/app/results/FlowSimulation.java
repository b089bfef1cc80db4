package dev.napkin.app.results;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.spec.SpecLocations;
import dev.napkin.model.spec.TraceFiles;
import dev.napkin.model.validate.FlowCheck;
import dev.napkin.model.validate.Issue;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.result.Recommender;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.run.ModeRegistry;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.run.Simulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The app's simulation: every mode this build offers (as designed only where it can be simulated),
 * the flow's own simulation settings, the bundled price catalog, and trace files read beside the
 * document. An invalid flow is refused with the first error, as the problems panel words it.
 */
public final class FlowSimulation implements SimulationJob {
  private final ModeRegistry modes;
  private final Prices prices;
  private final Simulator simulator;
  private final Supplier<Optional<Path>> folder;

  /**
   * @param folder the document's folder, where trace files live (empty while it is untitled)
   */
  public FlowSimulation(
      ModeRegistry modes, Prices prices, Simulator simulator, Supplier<Optional<Path>> folder) {
    this.modes = modes;
    this.prices = prices;
    this.simulator = simulator;
    this.folder = folder;
  }

  /** Every mode, bundled prices, all processors. */
  public static FlowSimulation standard(Supplier<Optional<Path>> folder) {
    return new FlowSimulation(ModeRegistry.standard(), Prices.bundled(), new Simulator(), folder);
  }

  @Override
  public SimulationResult run(Flow flow, RunControl control) {
    SimulationResult result = simulator.run(request(flow), control);
    Optional<String> whyNot = AsDesignedSimulator.unsupported(flow);
    if (whyNot.isPresent()) {
      result =
          result.withWarnings(
              List.of(
                  "As designed cannot be simulated for this flow ("
                      + whyNot.get()
                      + "); the comparison covers batch, micro-batch and streaming."));
    }
    return result;
  }

  /**
   * What simulating the flow asks for: every mode to compare, the flow's own settings, its traces
   * and the prices; refused with the first error when the flow is invalid.
   */
  SimulationRequest request(Flow flow) {
    List<Issue> errors = FlowCheck.check(flow).stream().filter(Issue::isError).toList();
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "The flow has "
              + (errors.size() == 1 ? "an error" : errors.size() + " errors")
              + " to fix first (see Problems): "
              + errors.get(0).message());
    }
    List<ModeSimulator> simulators =
        modesFor(flow).stream().map(name -> modes.create(name).orElseThrow()).toList();
    return new SimulationRequest(flow, flow.simulation(), traces(flow), simulators, prices);
  }

  /** The modes to compare: every offered one; as designed unless its jobs form a cycle. */
  List<String> modesFor(Flow flow) {
    boolean hybrid = !AsDesignedSimulator.supports(flow);
    return modes.offered().stream()
        .filter(m -> !(hybrid && m.equals(Recommender.AS_DESIGNED)))
        .toList();
  }

  private Map<NodeId, TraceData> traces(Flow flow) {
    boolean usesTraces = flow.sources().anyMatch(s -> s.profile() instanceof Profile.Trace);
    if (!usesTraces) {
      return Map.of();
    }
    Path dir =
        folder
            .get()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "A source replays a trace file: save the flow in the trace's folder"
                            + " first, so the file can be found"));
    TraceFiles.Loaded loaded = TraceFiles.load(flow, dir, SpecLocations.empty());
    loaded.issues().stream()
        .filter(Issue::isError)
        .findFirst()
        .ifPresent(
            issue -> {
              throw new IllegalArgumentException("Cannot read a trace: " + issue.message());
            });
    return loaded.traces();
  }
}

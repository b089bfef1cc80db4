package dev.napkin.simulator.run;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.TraceData;
import dev.napkin.simulator.mode.ModeSimulator;
import java.util.List;
import java.util.Map;

/**
 * What to simulate: the flow, the settings to use (the flow's own after command-line overrides),
 * arrival traces read by the caller, the modes to run (in report order; each simulator's {@code
 * run} is called concurrently for different replications, so it must keep no state between calls)
 * and the catalog prices the flow's {@code cost} settings override.
 */
public record SimulationRequest(
    Flow flow,
    SimulationSettings settings,
    Map<NodeId, TraceData> traces,
    List<ModeSimulator> modes,
    Prices prices) {

  public SimulationRequest {
    traces = Map.copyOf(traces);
    modes = List.copyOf(modes);
    if (modes.isEmpty()) {
      throw new IllegalArgumentException("no mode to simulate");
    }
    if (settings.replications() < 1) {
      throw new IllegalArgumentException(
          "replications must be at least 1, got " + settings.replications());
    }
    if (settings.warmup().compareTo(settings.horizon()) >= 0) {
      throw new IllegalArgumentException(
          "the warm-up ("
              + settings.warmup()
              + ") must be shorter than the horizon ("
              + settings.horizon()
              + ")");
    }
    if (modes.stream().map(ModeSimulator::name).distinct().count() != modes.size()) {
      throw new IllegalArgumentException("each mode can be simulated once per request");
    }
  }

  /** The flow with the settings used, as each replication sees it. */
  public Flow effectiveFlow() {
    return flow.withSimulation(settings);
  }
}

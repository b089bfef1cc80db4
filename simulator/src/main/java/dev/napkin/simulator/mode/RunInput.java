package dev.napkin.simulator.mode;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.TraceData;
import java.util.Map;

/**
 * Everything one replication of one mode needs. {@code settings} may differ from the flow's own
 * (CLI overrides); {@code traces} holds the arrival data of trace-profile sources, read by the
 * caller (the simulator reads no files). The replication's random streams derive from
 * (settings.seed, replication), the same for every mode (common random numbers).
 */
public record RunInput(
    Flow flow, SimulationSettings settings, Map<NodeId, TraceData> traces, int replication) {
  public RunInput {
    traces = Map.copyOf(traces);
  }
}

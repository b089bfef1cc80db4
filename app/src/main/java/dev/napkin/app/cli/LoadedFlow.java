package dev.napkin.app.cli;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.validate.Issue;
import java.util.List;
import java.util.Map;

/**
 * A valid flow read from a spec file, the arrival traces its trace-profile sources point to (read
 * beside the spec), and the lint warnings to show.
 */
public record LoadedFlow(Flow flow, Map<NodeId, TraceData> traces, List<Issue> warnings) {
  public LoadedFlow {
    traces = Map.copyOf(traces);
    warnings = List.copyOf(warnings);
  }

  /** A flow with no traces and no warnings. */
  public static LoadedFlow of(Flow flow) {
    return new LoadedFlow(flow, Map.of(), List.of());
  }
}

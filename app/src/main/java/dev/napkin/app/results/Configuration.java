package dev.napkin.app.results;

import dev.napkin.app.command.ChangeFlowSettings;
import dev.napkin.app.command.Command;
import dev.napkin.app.command.CompositeCommand;
import dev.napkin.app.command.FlowSettings;
import dev.napkin.app.command.ReplaceNode;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A flow's configuration as a sweep varies it: the execution settings (mode and knobs) and every
 * transform's parallelism and own mode. Everything else (names, layout, SLAs, workload) is the
 * flow's.
 */
final class Configuration {
  private Configuration() {}

  /** {@code flow} with the execution settings, parallelisms and modes of {@code configured}. */
  static Flow applied(Flow flow, Flow configured) {
    List<Node> nodes = new ArrayList<>();
    for (Node node : flow.nodes()) {
      nodes.add(node instanceof Transform t ? configuredLike(t, configured) : node);
    }
    return flow.withExecution(configured.execution()).withNodes(nodes);
  }

  /**
   * One undoable step that sets {@code configured}'s configuration in the flow: the execution
   * settings, then each transform whose parallelism or mode differs.
   */
  static Command applying(String label, Flow flow, Flow configured) {
    List<Command> parts = new ArrayList<>();
    FlowSettings before = FlowSettings.of(flow);
    if (!flow.execution().equals(configured.execution())) {
      parts.add(
          new ChangeFlowSettings(label, before, before.withExecution(configured.execution())));
    }
    flow.transforms()
        .forEach(
            t -> {
              Transform after = configuredLike(t, configured);
              if (!after.equals(t)) {
                parts.add(new ReplaceNode(label, t, after));
              }
            });
    return new CompositeCommand(label, parts);
  }

  /** True when applying {@code configured} would change nothing: the flow is configured so. */
  static boolean isConfiguredAs(Flow flow, Flow configured) {
    return applied(flow, configured).equals(flow);
  }

  /**
   * What a sweep's figures depend on: the flow as simulated, less the configuration the sweep
   * varies. Applying a point keeps this, so the sweep stays current.
   */
  static Flow sweepKey(Flow flow) {
    Flow key = ResultsViewModel.simulationKey(flow);
    Execution execution = key.execution();
    Duration any = Duration.ofSeconds(1);
    Execution neutral =
        execution
            .withMode(ExecutionMode.BATCH)
            .withBatch(execution.batch().withEvery(any))
            .withMicroBatch(execution.microBatch().withEvery(any))
            .withStreaming(execution.streaming().withCheckpoint(any));
    List<Node> nodes = new ArrayList<>();
    for (Node node : key.nodes()) {
      nodes.add(
          node instanceof Transform t ? t.withParallelism(1).withMode(Optional.empty()) : node);
    }
    return key.withExecution(neutral).withNodes(nodes);
  }

  private static Transform configuredLike(Transform transform, Flow configured) {
    return configured
        .node(transform.id())
        .filter(Transform.class::isInstance)
        .map(Transform.class::cast)
        .map(c -> transform.withParallelism(c.parallelism()).withMode(c.mode()))
        .orElse(transform);
  }
}

package dev.napkin.simulator.mode.contract;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.mode.ModeSimulator;
import java.util.List;
import java.util.Optional;

/**
 * The contract on a hybrid flow as designed: the filter runs in streaming, the aggregate in
 * micro-batch (the flow's mode), so the aggregate's job takes the filter's visible output.
 */
class HybridContractTest extends ModeContractTest {
  @Override
  ModeSimulator simulator() {
    return new AsDesignedSimulator();
  }

  @Override
  ExecutionMode designed() {
    return ExecutionMode.MICRO_BATCH;
  }

  @Override
  Flow flow() {
    Flow flow = super.flow();
    List<Node> nodes =
        flow.nodes().stream()
            .map(
                n ->
                    n instanceof Transform t && t.id().value().equals("filter")
                        ? (Node) t.withMode(Optional.of(ExecutionMode.STREAMING))
                        : n)
            .toList();
    Flow hybrid = flow.withNodes(nodes);
    if (AsDesignedSimulator.singleMode(hybrid).isPresent()) {
      throw new IllegalStateException("the contract flow should be hybrid here");
    }
    return hybrid;
  }
}

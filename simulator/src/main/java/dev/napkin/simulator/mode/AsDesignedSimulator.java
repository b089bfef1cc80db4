package dev.napkin.simulator.mode;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.streaming.VisibilityObserver;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The flow as drawn (SIMULATION.md, "As designed"). A flow whose transforms all run in one mode is
 * simulated by that mode's simulator (the same records, so the same figures as that mode's row). A
 * hybrid flow (transforms in different modes) is simulated job by job ({@link HybridRun}); one
 * whose jobs feed each other in a cycle is refused with the cycle named: see {@link #supports}.
 */
public final class AsDesignedSimulator implements ModeSimulator {
  private final int maxLiveRecords;
  private final VisibilityObserver observer;
  private final long budget;

  public AsDesignedSimulator() {
    this(StreamingSimulator.DEFAULT_MAX_LIVE_RECORDS, VisibilityObserver.NONE);
  }

  public AsDesignedSimulator(int maxLiveRecords, VisibilityObserver observer) {
    this(maxLiveRecords, observer, FidelityPlan.DEFAULT_BUDGET);
  }

  /**
   * @param maxLiveRecords records in flight at once in a streaming job before it stops as unstable
   * @param observer sees every unit that becomes visible at a sink written by a streaming job
   * @param budget units a replication moves in aggregate fidelity ({@link FidelityPlan})
   */
  public AsDesignedSimulator(int maxLiveRecords, VisibilityObserver observer, long budget) {
    this.maxLiveRecords = maxLiveRecords;
    this.observer = observer;
    this.budget = budget;
  }

  @Override
  public String name() {
    return "as-designed";
  }

  /**
   * The one mode every transform runs in, when there is one (a flow without transforms: its
   * default).
   */
  public static Optional<ExecutionMode> singleMode(Flow flow) {
    Set<ExecutionMode> modes =
        flow.transforms().map(flow::designedMode).collect(Collectors.toSet());
    if (modes.isEmpty()) {
      return Optional.of(flow.execution().mode());
    }
    return modes.size() == 1 ? Optional.of(modes.iterator().next()) : Optional.empty();
  }

  /**
   * Whether this build can simulate the flow as designed: every flow but a hybrid whose jobs feed
   * each other in a cycle ({@link #unsupported} says why).
   */
  public static boolean supports(Flow flow) {
    return unsupported(flow).isEmpty();
  }

  /** Why the flow cannot be simulated as designed, if it cannot. */
  public static Optional<String> unsupported(Flow flow) {
    if (singleMode(flow).isPresent()) {
      return Optional.empty();
    }
    return JobGraph.of(Topology.of(flow)).cycle();
  }

  @Override
  public RunStats run(RunInput input, RunControl control) {
    Optional<ExecutionMode> mode = singleMode(input.flow());
    if (mode.isEmpty()) {
      return new HybridRun(input, maxLiveRecords, observer, budget).run(control);
    }
    ModeSimulator delegate =
        switch (mode.get()) {
          case BATCH -> new BatchSimulator(budget);
          case MICRO_BATCH -> new MicroBatchSimulator(budget);
          case STREAMING -> new StreamingSimulator(maxLiveRecords, observer, budget);
        };
    return delegate.run(input, control);
  }
}

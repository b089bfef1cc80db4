package dev.napkin.simulator.mode;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.streaming.StreamingRun;
import dev.napkin.simulator.mode.streaming.VisibilityObserver;

/**
 * Streaming mode (SIMULATION.md, "Streaming"): records flow through FIFO stages as soon as a server
 * is free, watermarks fire windows, sinks wait for checkpoints (exactly-once) and commit. See
 * docs/simulation.md for the choices made where the spec is silent.
 */
public final class StreamingSimulator implements ModeSimulator {
  /** Records in flight at once before a run is declared unstable (about 100 MB of state). */
  public static final int DEFAULT_MAX_LIVE_RECORDS = 1 << 21;

  private final int maxLiveRecords;
  private final VisibilityObserver observer;
  private final long budget;

  public StreamingSimulator() {
    this(DEFAULT_MAX_LIVE_RECORDS, VisibilityObserver.NONE);
  }

  public StreamingSimulator(int maxLiveRecords, VisibilityObserver observer) {
    this(maxLiveRecords, observer, FidelityPlan.DEFAULT_BUDGET);
  }

  /**
   * @param maxLiveRecords records in flight at once (queued, late, on edges) before the run stops
   *     as unstable: a backlog never exhausts memory
   * @param observer sees every unit that becomes visible at a sink (tests, diagnostics)
   * @param budget units a replication moves in aggregate fidelity ({@link FidelityPlan})
   */
  public StreamingSimulator(int maxLiveRecords, VisibilityObserver observer, long budget) {
    if (maxLiveRecords < 1) {
      throw new IllegalArgumentException("maxLiveRecords must be at least 1");
    }
    this.maxLiveRecords = maxLiveRecords;
    this.observer = observer;
    this.budget = budget;
  }

  @Override
  public String name() {
    return "streaming";
  }

  @Override
  public RunStats run(RunInput input, RunControl control) {
    return new StreamingRun(input, maxLiveRecords, observer, FidelityPlan.groups(input, budget))
        .run(control);
  }
}

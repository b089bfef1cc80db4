package dev.napkin.simulator.mode;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;

/** One execution mode (batch, micro-batch, streaming, as designed): one replication of a flow. */
public interface ModeSimulator {
  /**
   * The mode's report name: {@code batch}, {@code micro-batch}, {@code streaming}, {@code
   * as-designed}.
   */
  String name();

  /** Simulates one replication; throws CancellationException when the control is cancelled. */
  RunStats run(RunInput input, RunControl control);
}

package dev.napkin.simulator.engine;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

/**
 * What a caller hands a running simulation: where to report progress (share of simulated time,
 * 0..1) and a flag to stop it. Engines call {@link #checkpoint(double)} often (say every few
 * thousand events); it throws {@link CancellationException} once cancelled.
 */
public final class RunControl {
  private final DoubleConsumer progress;
  private final AtomicBoolean cancelled;

  public RunControl(DoubleConsumer progress, AtomicBoolean cancelled) {
    this.progress = progress;
    this.cancelled = cancelled;
  }

  /** No progress reporting, never cancelled. */
  public static RunControl none() {
    return new RunControl(p -> {}, new AtomicBoolean());
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  public void cancel() {
    cancelled.set(true);
  }

  /** Reports progress and stops the run if it was cancelled. */
  public void checkpoint(double share) {
    if (cancelled.get()) {
      throw new CancellationException("simulation cancelled");
    }
    progress.accept(share);
  }
}

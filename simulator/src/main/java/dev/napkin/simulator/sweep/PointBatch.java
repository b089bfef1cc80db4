package dev.napkin.simulator.sweep;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.run.DaemonThreads;
import dev.napkin.simulator.run.SharedProgress;
import dev.napkin.simulator.run.SimulationFailedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Simulates planned points on a fixed pool and returns their results in plan order. The calling
 * thread reports the mean progress over the points every {@link #POLL_MILLIS} ms through the
 * caller's control (which throws once cancelled); on cancellation or a failure it raises the stop
 * flag every point's own control checks, so running points end at their next checkpoint.
 */
final class PointBatch {
  static final long POLL_MILLIS = 50;

  private final List<Sweep.Planned> plan;
  private final int threads;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final SharedProgress progress;

  PointBatch(List<Sweep.Planned> plan, int threads) {
    this.plan = List.copyOf(plan);
    this.threads = Math.max(1, Math.min(threads, plan.size()));
    this.progress = new SharedProgress(plan.size());
  }

  List<ModeResult> run(RunControl control) {
    ModeResult[] results = new ModeResult[plan.size()];
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, DaemonThreads.named("napkin-sweep"));
    try {
      control.checkpoint(0);
      List<Future<ModeResult>> futures = new ArrayList<>();
      for (int i = 0; i < plan.size(); i++) {
        futures.add(pool.submit(task(i)));
      }
      // Waits in plan order: the first failure reported is the first in grid order.
      for (int i = 0; i < plan.size(); i++) {
        results[i] = await(futures.get(i), i, control);
      }
      return Arrays.asList(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("sweep interrupted");
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }

  private ModeResult await(Future<ModeResult> future, int i, RunControl control)
      throws InterruptedException {
    while (true) {
      try {
        ModeResult result = future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        control.checkpoint(progress.mean());
        return result;
      } catch (TimeoutException e) {
        control.checkpoint(progress.mean());
      } catch (ExecutionException e) {
        stop.set(true);
        throw failure(i, e.getCause());
      }
    }
  }

  /** What a point threw, as is when unchecked (the simulator's own failures are). */
  private RuntimeException failure(int i, Throwable cause) {
    if (cause instanceof RuntimeException unchecked) {
      return unchecked;
    }
    return new SimulationFailedException(plan.get(i).mode(), 0, cause);
  }

  private Callable<ModeResult> task(int i) {
    RunControl own = new RunControl(share -> progress.report(i, share), stop);
    return () -> {
      ModeResult result = Sweep.simulate(plan.get(i), own);
      progress.report(i, 1);
      return result;
    };
  }
}

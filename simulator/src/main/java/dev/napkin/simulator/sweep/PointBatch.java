package dev.napkin.simulator.sweep;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.result.ModeResult;
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
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Simulates planned points on a fixed pool and returns their results in plan order. The calling
 * thread reports the mean progress over the points every {@link #POLL_MILLIS} ms through the
 * caller's control (which throws once cancelled); on cancellation or a failure it raises the stop
 * flag every point's own control checks, so running points end at their next checkpoint.
 */
final class PointBatch {
  static final long POLL_MILLIS = 50;
  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private final List<Sweep.Planned> plan;
  private final int threads;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicLongArray progress;

  PointBatch(List<Sweep.Planned> plan, int threads) {
    this.plan = List.copyOf(plan);
    this.threads = Math.max(1, Math.min(threads, plan.size()));
    this.progress = new AtomicLongArray(plan.size());
  }

  List<ModeResult> run(RunControl control) {
    ModeResult[] results = new ModeResult[plan.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
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
        control.checkpoint(meanProgress());
        return result;
      } catch (TimeoutException e) {
        control.checkpoint(meanProgress());
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
    RunControl own = new RunControl(share -> report(i, share), stop);
    return () -> {
      ModeResult result = Sweep.simulate(plan.get(i), own);
      report(i, 1);
      return result;
    };
  }

  private void report(int i, double share) {
    double clamped = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
    progress.set(i, Double.doubleToRawLongBits(clamped));
  }

  private double meanProgress() {
    double sum = 0;
    for (int i = 0; i < progress.length(); i++) {
      sum += Double.longBitsToDouble(progress.get(i));
    }
    return sum / progress.length();
  }

  private static ThreadFactory daemonThreads() {
    int pool = POOL_NUMBER.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "napkin-sweep-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

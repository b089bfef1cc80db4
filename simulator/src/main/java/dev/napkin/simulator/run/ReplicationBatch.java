package dev.napkin.simulator.run;

import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.RunInput;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs independent replications on a thread pool and returns their stats in task order. The calling
 * thread waits, reports the mean progress every {@link #POLL_MILLIS} ms through the caller's
 * control (which throws once the caller cancels), and on cancellation or the first failure raises
 * the shared stop flag every replication's control checks.
 */
final class ReplicationBatch {
  static final long POLL_MILLIS = 50;

  record Task(ModeSimulator mode, RunInput input) {}

  private final List<Task> tasks;
  private final int threads;
  private final AtomicBoolean stop;
  private final SharedProgress progress;

  ReplicationBatch(List<Task> tasks, int threads, AtomicBoolean stop) {
    this.tasks = List.copyOf(tasks);
    this.threads = Math.max(1, Math.min(threads, tasks.size()));
    this.stop = stop;
    this.progress = new SharedProgress(tasks.size());
  }

  List<RunStats> run(RunControl control) {
    RunStats[] results = new RunStats[tasks.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("napkin-sim"));
    CompletionService<RunStats> done = new ExecutorCompletionService<>(pool);
    Map<Future<RunStats>, Integer> index = new IdentityHashMap<>();
    try {
      control.checkpoint(0);
      for (int i = 0; i < tasks.size(); i++) {
        index.put(done.submit(replication(i)), i);
      }
      int finished = 0;
      Optional<SimulationFailedException> firstFailure = Optional.empty();
      while (finished < tasks.size()) {
        Future<RunStats> next = done.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (next != null) {
          int i = index.get(next);
          try {
            results[i] = outcome(next, i);
          } catch (SimulationFailedException failure) {
            stop.set(true); // the others stop soon; the lowest failing index is reported
            firstFailure = Optional.of(lower(firstFailure.orElse(failure), failure));
          }
          finished++;
        }
        if (firstFailure.isEmpty()) {
          control.checkpoint(progress.mean());
        }
      }
      if (firstFailure.isPresent()) {
        throw firstFailure.get();
      }
      return Arrays.asList(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("simulation interrupted");
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }

  private Callable<RunStats> replication(int i) {
    Task task = tasks.get(i);
    RunControl own = new RunControl(share -> progress.report(i, share), stop);
    return () -> {
      RunStats stats = task.mode().run(task.input(), own);
      if (stats == null) {
        throw new IllegalStateException("the simulator returned no stats");
      }
      progress.report(i, 1);
      return stats;
    };
  }

  private static SimulationFailedException lower(
      SimulationFailedException a, SimulationFailedException b) {
    return a.replication() <= b.replication() ? a : b;
  }

  /** A replication's stats; null when it stopped because another one failed first. */
  private RunStats outcome(Future<RunStats> future, int i) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CancellationException && stop.get()) {
        return null;
      }
      Task task = tasks.get(i);
      throw new SimulationFailedException(
          task.mode().name(), task.input().replication(), e.getCause());
    }
  }
}

package dev.napkin.app.tasks;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs one job at a time off the FX thread and tells the status bar about it: a title, a progress
 * ({@link #INDETERMINATE} until the job reports a fraction), whether it runs and whether it may be
 * cancelled. The properties change and the returned futures complete only on the FX executor, so
 * views bind to them and callers chain on them without thinking about threads.
 *
 * <p>Both executors are injected: the app passes a worker thread and {@code Platform::runLater};
 * tests pass executors they drive by hand, so every step is deterministic.
 */
public final class BackgroundWork {
  /** The progress of a job that has not said how far it is (a bar that only shows activity). */
  public static final double INDETERMINATE = -1;

  /** A piece of work for the worker thread; it may report progress and should stop if asked. */
  @FunctionalInterface
  public interface Job<T> {
    T run(Progress progress) throws Exception;
  }

  /** What a running job may tell, from its own thread, and ask. */
  public interface Progress {
    /** Reports {@code done} out of {@code total}; cheap to call often. */
    void update(double done, double total);

    /** True once the user cancelled: the job should stop soon; its result is dropped anyway. */
    boolean isCancelled();
  }

  /** A job ended with an error; its message says what went wrong in words for the user. */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Executor worker;
  private final Executor fx;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
  private final ReadOnlyDoubleWrapper progress =
      new ReadOnlyDoubleWrapper(this, "progress", INDETERMINATE);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyBooleanWrapper cancellable =
      new ReadOnlyBooleanWrapper(this, "cancellable");
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
  private Run<?> current;

  public BackgroundWork(Executor worker, Executor fx) {
    this.worker = Objects.requireNonNull(worker, "worker");
    this.fx = Objects.requireNonNull(fx, "fx");
  }

  /** A worker for {@link #BackgroundWork}: one daemon thread, so it never keeps the app alive. */
  public static Executor daemonThread(String name) {
    ExecutorService thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            });
    return thread;
  }

  /**
   * Starts {@code job} on the worker. The future completes on the FX executor: with the job's
   * result, with a {@link Failure} whose message reads {@code "<title> failed: <reason>"}, or with
   * a {@link CancellationException} at once when {@link #cancel()} is called.
   *
   * @throws IllegalStateException when another job is still running (check {@link #isRunning()})
   */
  public <T> CompletableFuture<T> start(String jobTitle, boolean mayCancel, Job<T> job) {
    Objects.requireNonNull(job, "job");
    if (current != null) {
      throw new IllegalStateException(
          "'" + title.get() + "' is still running; '" + jobTitle + "' cannot start");
    }
    Run<T> run = new Run<>(job);
    current = run;
    title.set(Objects.requireNonNull(jobTitle, "title"));
    progress.set(INDETERMINATE);
    cancellable.set(mayCancel);
    failure.set("");
    running.set(true);
    worker.execute(run::work);
    return run.result;
  }

  /** Cancels the running job if it may be cancelled; its future completes at once. */
  public void cancel() {
    if (current != null && cancellable.get()) {
      Run<?> run = current;
      run.cancelled.set(true);
      finish(run);
      run.result.cancel(false);
    }
  }

  public boolean isRunning() {
    return running.get();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** From 0 to 1, or {@link #INDETERMINATE}; the convention of JavaFX's progress controls. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty cancellableProperty() {
    return cancellable.getReadOnlyProperty();
  }

  /** The message of the last job that failed; empty once another job starts. */
  public ReadOnlyStringProperty failureProperty() {
    return failure.getReadOnlyProperty();
  }

  private void finish(Run<?> run) {
    if (current == run) {
      current = null;
      running.set(false);
      cancellable.set(false);
      progress.set(INDETERMINATE);
    }
  }

  /** Words for the user: the exception's own message, or its kind when it has none. */
  public static String reason(Throwable error) {
    Throwable e = error;
    while (e.getCause() != null && (e.getMessage() == null || e.getMessage().isBlank())) {
      e = e.getCause();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** One start of a job: its cancel flag, its pending progress report and its future. */
  private final class Run<T> implements Progress {
    private final Job<T> job;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Double> pendingProgress = new AtomicReference<>();

    Run(Job<T> job) {
      this.job = job;
    }

    void work() {
      if (cancelled.get()) {
        return;
      }
      try {
        T value = job.run(this);
        fx.execute(() -> succeed(value));
      } catch (Exception | Error e) {
        // Even a stack overflow on a huge file must end the job, or the status bar spins forever.
        fx.execute(() -> fail(e));
      }
    }

    private void succeed(T value) {
      if (current == this) {
        finish(this);
        result.complete(value);
      }
    }

    private void fail(Throwable error) {
      if (current == this) {
        String message = title.get() + " failed: " + reason(error);
        finish(this);
        failure.set(message);
        result.completeExceptionally(new Failure(message, error));
      }
    }

    @Override
    public void update(double done, double total) {
      double fraction = total <= 0 ? INDETERMINATE : Math.max(0, Math.min(1, done / total));
      // Only one report waits on the FX thread at a time: a chatty job cannot flood it.
      if (pendingProgress.getAndSet(fraction) == null) {
        fx.execute(
            () -> {
              Double latest = pendingProgress.getAndSet(null);
              if (current == this && latest != null) {
                progress.set(latest);
              }
            });
      }
    }

    @Override
    public boolean isCancelled() {
      return cancelled.get();
    }
  }
}

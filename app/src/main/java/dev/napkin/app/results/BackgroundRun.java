package dev.napkin.app.results;

import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.run.SimulationFailedException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One piece of simulator work at a time (a simulation, a sweep), off the FX thread: whether it
 * runs, its progress (0..1) and title for a progress bar, how the last one ended and why. Cancel
 * takes effect at once for the UI (the state says cancelled, a late result is dropped) while the
 * simulator stops at its next checkpoint. Properties change only on the FX executor.
 *
 * @param <R> what the work produces
 */
public class BackgroundRun<R> {
  /** The work: simulate the flow, reporting progress and checking for cancel through control. */
  public interface Job<R> {
    R run(Flow flow, RunControl control);
  }

  private final Job<R> job;
  private final String noun;
  private final String cancelled;
  private final Executor background;
  private final Executor fx;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
  private final ReadOnlyObjectWrapper<RunState> state =
      new ReadOnlyObjectWrapper<>(this, "state", RunState.NONE);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private long generation;
  private Optional<RunControl> control = Optional.empty();

  /**
   * @param background where the job runs (one thread is enough: a cancelled run ends quickly)
   * @param fx where results come back ({@code Platform::runLater} in the app)
   */
  BackgroundRun(Job<R> job, Executor background, Executor fx, String noun, String cancelled) {
    this.job = job;
    this.noun = noun;
    this.cancelled = cancelled;
    this.background = background;
    this.fx = fx;
  }

  /**
   * Runs the work on {@code flow}, replacing any run in progress; {@code done} gets the result on
   * the FX executor unless the run was cancelled or replaced meanwhile.
   */
  void run(Flow flow, String titled, Consumer<R> done) {
    control.ifPresent(RunControl::cancel);
    long mine = ++generation;
    AtomicLong latest = new AtomicLong(Double.doubleToRawLongBits(0));
    AtomicBoolean posted = new AtomicBoolean();
    RunControl own =
        new RunControl(
            share -> {
              latest.set(Double.doubleToRawLongBits(share));
              if (posted.compareAndSet(false, true)) {
                fx.execute(
                    () -> {
                      posted.set(false);
                      if (mine == generation) {
                        progress.set(Double.longBitsToDouble(latest.get()));
                      }
                    });
              }
            },
            new AtomicBoolean());
    control = Optional.of(own);
    progress.set(0);
    title.set(titled);
    message.set("");
    state.set(RunState.RUNNING);
    running.set(true);
    background.execute(
        () -> {
          try {
            R result = job.run(flow, own);
            fx.execute(() -> finished(mine, result, done));
          } catch (CancellationException e) {
            // After cancel() this is expected and already shown; otherwise say it stopped.
            fx.execute(() -> failed(mine, noun + " stopped before it finished."));
          } catch (RuntimeException | Error e) {
            String why = explain(e).replaceFirst("^Simulation failed", noun + " failed");
            fx.execute(() -> failed(mine, why));
          }
        });
  }

  /** Stops the run in progress, if any. */
  public void cancel() {
    if (!running.get()) {
      return;
    }
    control.ifPresent(RunControl::cancel);
    generation++;
    running.set(false);
    progress.set(0);
    state.set(RunState.CANCELLED);
    message.set(cancelled);
  }

  /** Forgets how the last run ended (a new document); stops one in progress. */
  public void reset() {
    control.ifPresent(RunControl::cancel);
    generation++;
    running.set(false);
    progress.set(0);
    state.set(RunState.NONE);
    message.set("");
  }

  private void finished(long mine, R result, Consumer<R> done) {
    if (mine != generation) {
      return;
    }
    running.set(false);
    progress.set(1);
    state.set(RunState.DONE);
    done.accept(result);
  }

  private void failed(long mine, String why) {
    if (mine != generation) {
      return;
    }
    running.set(false);
    progress.set(0);
    message.set(why);
    state.set(RunState.FAILED);
  }

  /** A failure in words: which mode and replication when the simulator says, never a trace. */
  static String explain(Throwable e) {
    if (e instanceof SimulationFailedException f) {
      return "Simulation failed: " + f.getMessage();
    }
    if (e instanceof OutOfMemoryError) {
      return "Simulation failed: out of memory. Shorten the horizon or lower the replications"
          + " in the flow's simulation settings.";
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return e instanceof IllegalArgumentException ? text : "Simulation failed: " + text;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public boolean isRunning() {
    return running.get();
  }

  /** The share done, 0..1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What is being simulated, for a progress bar's label. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RunState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** Why the last run failed or that it was cancelled; blank otherwise. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}

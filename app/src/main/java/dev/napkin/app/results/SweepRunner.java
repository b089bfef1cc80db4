package dev.napkin.app.results;

import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.sweep.SweepResult;
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
 * One sweep at a time, off the FX thread, as {@link SimulationRun} runs simulations: whether it
 * runs, its progress (0..1), how the last one ended and why. Cancel takes effect at once for the UI
 * while the points stop at their next checkpoint. Properties change only on the FX executor.
 */
public final class SweepRunner {
  private final SweepJob job;
  private final Executor background;
  private final Executor fx;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyObjectWrapper<RunState> state =
      new ReadOnlyObjectWrapper<>(this, "state", RunState.NONE);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private long generation;
  private Optional<RunControl> control = Optional.empty();

  /**
   * @param background where the sweep runs (the sweep spreads its points over the processors)
   * @param fx where results come back ({@code Platform::runLater} in the app)
   */
  public SweepRunner(SweepJob job, Executor background, Executor fx) {
    this.job = job;
    this.background = background;
    this.fx = fx;
  }

  /** Sweeps {@code flow}, replacing any sweep in progress; {@code done} gets the result. */
  public void start(Flow flow, Consumer<SweepResult> done) {
    control.ifPresent(RunControl::cancel);
    long mine = ++generation;
    AtomicLong latest = new AtomicLong(Double.doubleToRawLongBits(0));
    AtomicBoolean posted = new AtomicBoolean();
    // Progress is posted at most once per FX pulse, whatever the points report.
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
    message.set("");
    state.set(RunState.RUNNING);
    running.set(true);
    background.execute(
        () -> {
          try {
            SweepResult result = job.run(flow, own);
            fx.execute(() -> finished(mine, result, done));
          } catch (CancellationException e) {
            fx.execute(() -> failed(mine, "The sweep stopped before it finished."));
          } catch (RuntimeException | Error e) {
            String why =
                SimulationRun.explain(e).replaceFirst("^Simulation failed", "Sweep failed");
            fx.execute(() -> failed(mine, why));
          }
        });
  }

  /** Stops the sweep in progress, if any. */
  public void cancel() {
    if (!running.get()) {
      return;
    }
    stop(
        RunState.CANCELLED,
        "Sweep cancelled: the frontier shown, if any, is from the sweep before.");
  }

  /** Forgets how the last sweep ended (a new document); stops one in progress. */
  public void reset() {
    stop(RunState.NONE, "");
  }

  private void stop(RunState now, String why) {
    control.ifPresent(RunControl::cancel);
    generation++;
    running.set(false);
    progress.set(0);
    state.set(now);
    message.set(why);
  }

  private void finished(long mine, SweepResult result, Consumer<SweepResult> done) {
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

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** The share done, 0..1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RunState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** Why the last sweep failed or that it was cancelled; blank otherwise. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}

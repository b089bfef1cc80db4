package dev.napkin.app.results;

import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.sweep.SweepResult;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** One sweep at a time, off the FX thread, as {@link SimulationRun} runs simulations. */
public final class SweepRunner extends BackgroundRun<SweepResult> {
  /**
   * @param background where the sweep runs (the sweep spreads its points over the processors)
   * @param fx where results come back ({@code Platform::runLater} in the app)
   */
  public SweepRunner(SweepJob job, Executor background, Executor fx) {
    super(
        job::run,
        background,
        fx,
        "Sweep",
        "Sweep cancelled: the frontier shown, if any, is from the sweep before.");
  }

  /** Sweeps {@code flow}, replacing any sweep in progress; {@code done} gets the result. */
  public void start(Flow flow, Consumer<SweepResult> done) {
    run(flow, "Sweeping…", done);
  }
}

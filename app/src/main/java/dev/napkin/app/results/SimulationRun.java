package dev.napkin.app.results;

import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.result.SimulationResult;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The simulation of a flow in every mode, one at a time, off the FX thread. */
public final class SimulationRun extends BackgroundRun<SimulationResult> {
  /**
   * @param background where the job runs (one thread is enough: a cancelled run ends quickly)
   * @param fx where results come back ({@code Platform::runLater} in the app)
   */
  public SimulationRun(SimulationJob job, Executor background, Executor fx) {
    super(
        job::run,
        background,
        fx,
        "Simulation",
        "Simulation cancelled: the results shown, if any, are from the run before.");
  }

  /**
   * Simulates {@code flow}, replacing any run in progress; {@code done} gets the result on the FX
   * executor unless the run was cancelled or replaced meanwhile.
   */
  public void start(Flow flow, String what, Consumer<SimulationResult> done) {
    run(flow, "Simulating " + what + "…", done);
  }
}

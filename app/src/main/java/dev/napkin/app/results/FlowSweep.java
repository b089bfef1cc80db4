package dev.napkin.app.results;

import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.sweep.Sweep;
import dev.napkin.simulator.sweep.SweepGrid;
import dev.napkin.simulator.sweep.SweepRequest;
import dev.napkin.simulator.sweep.SweepResult;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The app's sweep: the standard grid over every sweepable mode the simulation offers, at the flow's
 * own simulation settings, traces and prices (as Simulate uses them), so the flow's own
 * configuration is one of the points and its figures match the Results tab's.
 */
public final class FlowSweep implements SweepJob {
  private final FlowSimulation simulation;
  private final Sweep sweep;
  private final UnaryOperator<SweepGrid> narrow;

  /**
   * @param narrow turns the standard grid into the one swept (identity in the app; tests use a
   *     smaller grid)
   */
  public FlowSweep(FlowSimulation simulation, Sweep sweep, UnaryOperator<SweepGrid> narrow) {
    this.simulation = simulation;
    this.sweep = sweep;
    this.narrow = narrow;
  }

  /** The standard grid, one point per processor at a time. */
  public static FlowSweep standard(FlowSimulation simulation) {
    return new FlowSweep(simulation, new Sweep(), UnaryOperator.identity());
  }

  @Override
  public SweepResult run(Flow flow, RunControl control) {
    SimulationRequest base = simulation.request(flow);
    List<String> modes =
        base.modes().stream().map(ModeSimulator::name).filter(SweepGrid.MODES::contains).toList();
    if (modes.isEmpty()) {
      throw new IllegalArgumentException("No mode of this build can be swept.");
    }
    SweepGrid grid =
        narrow.apply(
            SweepGrid.standard(flow, base.traces(), base.settings().horizon()).onlyModes(modes));
    return sweep.run(new SweepRequest(base, grid), control);
  }
}

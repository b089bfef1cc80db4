package dev.napkin.app.cli;

import dev.napkin.model.catalog.Prices;
import dev.napkin.simulator.run.ModeRegistry;
import dev.napkin.simulator.run.Simulator;
import dev.napkin.simulator.sweep.Sweep;
import java.util.function.BooleanSupplier;

/**
 * What the commands need from the rest of the app: the spec loader, the mode simulators this build
 * offers, the catalog prices, the simulator and the sweep (thread counts) and whether a console is
 * attached (for {@code --progress auto}).
 */
public record CliServices(
    FlowLoader loader,
    ModeRegistry modes,
    Prices prices,
    Simulator simulator,
    Sweep sweep,
    BooleanSupplier console) {

  /** As the canonical constructor, with a sweep over every available processor. */
  public CliServices(
      FlowLoader loader,
      ModeRegistry modes,
      Prices prices,
      Simulator simulator,
      BooleanSupplier console) {
    this(loader, modes, prices, simulator, new Sweep(), console);
  }

  /** The services of a plain run: the spec reader, every mode this build has, catalog prices. */
  public static CliServices defaults() {
    return new CliServices(
        new SpecFlowLoader(),
        ModeRegistry.standard(),
        Prices.bundled(),
        new Simulator(),
        () -> System.console() != null);
  }
}

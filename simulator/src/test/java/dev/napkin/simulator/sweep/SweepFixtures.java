package dev.napkin.simulator.sweep;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.spec.FlowFile;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.run.ModeRegistry;
import dev.napkin.simulator.run.SimulationRequest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Example flows read from their spec files, and short simulation settings for them. */
final class SweepFixtures {
  private SweepFixtures() {}

  /** The shipped clickstream example. */
  static Flow clickstream() {
    return load(
        Path.of(System.getProperty("napkin.examples", "../assets/examples"), "clickstream.yaml"));
  }

  /** The clickstream example with four times its parallelism (32 workers). */
  static Flow generousClickstream() {
    try {
      return load(
          Path.of(SweepFixtures.class.getResource("/sweep/clickstream-generous.yaml").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Flow load(Path file) {
    FlowFile.Loaded loaded = FlowFile.load(file);
    if (loaded.hasErrors()) {
      throw new IllegalStateException(file + ": " + loaded.errors());
    }
    return loaded.flow().orElseThrow();
  }

  /** The flow's settings shortened: {@code horizon} with a 5 min warm-up, one replication. */
  static SimulationSettings shortRun(Flow flow, Duration horizon) {
    return flow.simulation()
        .withHorizon(horizon)
        .withWarmup(Duration.ofMinutes(5))
        .withReplications(1);
  }

  /** A request for the three sweepable modes with the bundled prices. */
  static SimulationRequest base(Flow flow, SimulationSettings settings) {
    ModeRegistry registry = ModeRegistry.standard();
    List<ModeSimulator> modes =
        SweepGrid.MODES.stream().map(m -> registry.create(m).orElseThrow()).toList();
    return new SimulationRequest(flow, settings, Map.of(), modes, Prices.bundled());
  }
}

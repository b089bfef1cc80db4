package dev.napkin.simulator.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.spec.ReadResult;
import dev.napkin.model.spec.SpecReader;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.mode.BatchSimulator;
import dev.napkin.simulator.mode.MicroBatchSimulator;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.StreamingSimulator;
import dev.napkin.simulator.mode.streaming.VisibilityObserver;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example, every single mode: aggregate agrees with exact at a horizon exact can afford. */
class ExamplesAgreementTest {
  static final long BUDGET = 1 << 16;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cdc-lakehouse",
        "clickstream",
        "feature-store",
        "finance-nightly",
        "fraud-scoring",
        "iot-sensors",
        "kappa-rewrite",
        "lambda-architecture",
        "orders-payments-join"
      })
  void aggregateAgreesWithExact(String name) {
    ReadResult read = SpecReader.read(Path.of("..", "assets", "examples", name + ".yaml"));
    assertThat(read.errors()).isEmpty();
    Flow flow = read.flow().orElseThrow();
    SimulationSettings settings =
        flow.simulation()
            .withHorizon(Duration.ofMinutes(30))
            .withWarmup(Duration.ofMinutes(2))
            .withReplications(1);
    List<ModeSimulator> modes =
        List.of(
            new BatchSimulator(BUDGET),
            new MicroBatchSimulator(BUDGET),
            new StreamingSimulator(1 << 21, VisibilityObserver.NONE, BUDGET));
    for (ModeSimulator mode : modes) {
      var c = Agreement.compare(mode, flow, settings);
      c.lines().forEach(System.out::println);
    }
  }
}

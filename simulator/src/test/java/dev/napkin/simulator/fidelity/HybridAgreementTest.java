package dev.napkin.simulator.fidelity;

import static dev.napkin.simulator.mode.batch.ModeFlows.edge;
import static dev.napkin.simulator.mode.batch.ModeFlows.s;
import static dev.napkin.simulator.mode.batch.ModeFlows.sink;
import static dev.napkin.simulator.mode.batch.ModeFlows.source;
import static dev.napkin.simulator.mode.batch.ModeFlows.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.SimulationSettings.Fidelity;
import dev.napkin.model.spec.ReadResult;
import dev.napkin.model.spec.SpecReader;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.mode.BatchSimulator;
import dev.napkin.simulator.mode.streaming.VisibilityObserver;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.run.Simulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hybrid flows as designed at aggregate fidelity: every job reads its sources in the same weighted
 * groups, so aggregate agrees with exact on the shipped hybrids within the tolerances of {@link
 * ExamplesAgreementTest}, at its horizon and budget; a hybrid whose streaming job takes another
 * job's output runs exact and the result says so.
 */
class HybridAgreementTest {
  @ParameterizedTest
  @ValueSource(strings = {"lambda-architecture", "feature-store"})
  void aggregateAgreesWithExactAsDesigned(String name) {
    ReadResult read = SpecReader.read(Path.of("..", "assets", "examples", name + ".yaml"));
    assertThat(read.errors()).isEmpty();
    Flow flow = read.flow().orElseThrow();
    assertThat(AsDesignedSimulator.singleMode(flow)).isEmpty();
    SimulationSettings settings =
        flow.simulation()
            .withHorizon(Duration.ofMinutes(5))
            .withWarmup(Duration.ofMinutes(1))
            .withReplications(1);
    var designed =
        new AsDesignedSimulator(1 << 21, VisibilityObserver.NONE, ExamplesAgreementTest.BUDGET);
    var c = Agreement.compare(designed, flow, settings);
    c.lines().forEach(System.out::println);
    Agreement.assertAgrees(flow, c);
    for (var e : c.aggregate().nodes().entrySet()) {
      NodeStats n = e.getValue();
      assertThat(n.arrived())
          .as("records conserved at %s", e.getKey())
          .isEqualTo(n.departed() + n.dropped() + n.inFlightAtEnd());
    }
  }

  @Test
  void aHybridWhoseStreamingJobTakesABatchJobsOutputRunsExactAndSaysSo() {
    Flow flow =
        Flow.of(
            "batch into streaming",
            List.of(
                source("src", 10, Arrivals.POISSON, Optional.empty()),
                stage("work", Distribution.fixed(s(0.001)), s(1), 1, 1.0)
                    .withMode(Optional.of(ExecutionMode.BATCH)),
                stage("fast", Distribution.fixed(s(0.0001)), s(0), 1, 1.0)
                    .withMode(Optional.of(ExecutionMode.STREAMING)),
                sink("out", s(0))),
            List.of(edge("src", "work"), edge("work", "fast"), edge("fast", "out")));
    SimulationSettings settings =
        SimulationSettings.DEFAULTS
            .withHorizon(s(7200))
            .withWarmup(s(600))
            .withReplications(1)
            .withFidelity(Fidelity.AGGREGATE);
    var request =
        new SimulationRequest(
            flow.withSimulation(settings),
            settings,
            Map.of(),
            List.of(new BatchSimulator(1 << 14), new AsDesignedSimulator()),
            Prices.bundled());

    var result = new Simulator(1).run(request, RunControl.none());

    assertThat(result.fidelity()).isEqualTo(Fidelity.AGGREGATE);
    assertThat(result.warnings()).contains("as-designed ran at exact fidelity, not aggregate");
  }
}

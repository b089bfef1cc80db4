package dev.napkin.simulator.result;

import static dev.napkin.simulator.mode.batch.ModeFlows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.BatchSimulator;
import dev.napkin.simulator.mode.MicroBatchSimulator;
import dev.napkin.simulator.mode.StreamingSimulator;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.run.Simulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PRODUCT.md's rule of thumb, on flows of our own at catalog default prices and default execution
 * settings: an SLA in hours → batch, a minute-level dashboard → micro-batch, a seconds-level alert
 * with at-least-once delivery → streaming.
 */
class RuleOfThumbTest {
  private static Sink sink(String id, Duration latency, double percentile) {
    return new Sink(NodeId.of(id), id, Optional.empty(), s(1), Sla.of(latency, percentile));
  }

  private static Recommendation recommend(List<Node> nodes, List<Edge> edges, boolean atLeastOnce) {
    Flow flow = Flow.of("rule of thumb", nodes, edges);
    Execution e = flow.execution();
    Execution.Streaming streaming =
        atLeastOnce
            ? new Execution.Streaming(
                e.streaming().checkpoint(),
                e.streaming().checkpointDuration(),
                Execution.Delivery.AT_LEAST_ONCE,
                e.streaming().watermarkDelay(),
                e.streaming().bufferTimeout())
            : e.streaming();
    flow =
        flow.withExecution(
            new Execution(ExecutionMode.BATCH, e.batch(), e.microBatch(), streaming));
    SimulationSettings settings =
        SimulationSettings.DEFAULTS
            .withHorizon(Duration.ofHours(6))
            .withWarmup(Duration.ofHours(1))
            .withReplications(1)
            .withSeed(17);
    var request =
        new SimulationRequest(
            flow,
            settings,
            Map.of(),
            List.of(new BatchSimulator(), new MicroBatchSimulator(), new StreamingSimulator()),
            Prices.bundled());
    return new Simulator(2).run(request, RunControl.none()).recommendation().orElseThrow();
  }

  @Test
  void anSlaInHoursGoesToBatch() {
    Recommendation r =
        recommend(
            List.of(
                source("orders", 50, Arrivals.POISSON, Optional.empty()),
                stage("clean", fixed(s(0.001)), Duration.ZERO, 1, 1.0),
                sink("warehouse", Duration.ofHours(6), 95)),
            List.of(edge("orders", "clean"), edge("clean", "warehouse")),
            false);
    assertThat(r.mode()).isEqualTo("batch");
  }

  @Test
  void aMinuteLevelDashboardGoesToMicroBatch() {
    Recommendation r =
        recommend(
            List.of(
                source("clicks", 50, Arrivals.POISSON, Optional.of(exp(s(1)))),
                aggregate(
                    "per_minute", fixed(s(0.001)), Window.tumbling(s(60), Duration.ZERO), 100),
                sink("dashboard", Duration.ofMinutes(2), 95)),
            List.of(edge("clicks", "per_minute"), edge("per_minute", "dashboard")),
            false);
    assertThat(r.mode()).isEqualTo("micro-batch");
  }

  @Test
  void aSecondsLevelAlertWithAtLeastOnceDeliveryGoesToStreaming() {
    Recommendation r =
        recommend(
            List.of(
                source("payments", 50, Arrivals.POISSON, Optional.empty()),
                stage("score", fixed(s(0.001)), Duration.ZERO, 1, 1.0),
                sink("alerts", s(5), 99)),
            List.of(edge("payments", "score"), edge("score", "alerts")),
            true);
    assertThat(r.mode()).isEqualTo("streaming");
  }
}

package dev.napkin.simulator.mode.streaming;

import static dev.napkin.simulator.mode.streaming.TestFlows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A flow with everything: two sources (one late), a fan-out, a filter, an expansion, a join, an
 * aggregate with allowed lateness, an exactly-once sink with commit and an at-least-once one,
 * transport and buffering. On every stage: records in = out + dropped + in flight, and Little's law
 * L = λW.
 */
class ConservationAndLittleTest {

  static Flow everything() {
    Execution.Streaming settings =
        new Execution.Streaming(
            Duration.ofSeconds(2),
            Duration.ofMillis(300),
            Execution.Delivery.EXACTLY_ONCE,
            Duration.ofSeconds(1),
            Duration.ofMillis(50));
    return flow(
        List.of(
            source("clicks", 400, Arrivals.POISSON),
            source(
                "orders",
                150,
                Arrivals.UNIFORM,
                Optional.of(new Distribution.Exponential(Duration.ofSeconds(1)))),
            stage("filter", exp(ms(1)), 1, 0.4),
            stage("explode", exp(ms(0.4)), 2, 2.5),
            stage("join", exp(ms(0.3)), 2),
            aggregate(
                "agg",
                fixed(ms(0.05)),
                Window.sliding(Duration.ofSeconds(4), Duration.ofSeconds(2), Duration.ofSeconds(1)),
                50),
            sink("table", ms(100)),
            sink("dash", ms(0))),
        List.of(
            edge("clicks", "filter", ms(5)),
            edge("clicks", "explode"),
            edge("orders", "join"),
            edge("filter", "join"),
            edge("explode", "dash"),
            edge("join", "agg", ms(2)),
            edge("agg", "table")),
        settings);
  }

  private static RunStats run() {
    return new StreamingSimulator()
        .run(input(everything(), s(200), s(20), 5, 0), RunControl.none());
  }

  @Test
  void everyStageConservesRecords() {
    RunStats stats = run();
    assertThat(stats.nodes()).hasSize(6);
    for (Map.Entry<NodeId, NodeStats> e : stats.nodes().entrySet()) {
      NodeStats n = e.getValue();
      assertThat(n.arrived())
          .as("%s: in = out + dropped + in flight", e.getKey())
          .isEqualTo(n.departed() + n.dropped() + n.inFlightAtEnd())
          .isPositive();
    }
    assertThat(stats.node(NodeId.of("agg")).dropped()).isPositive();
  }

  @Test
  void littlesLawHoldsOnEveryStage() {
    RunStats stats = run();
    double seconds = stats.measuredNanos() / 1e9;
    for (Map.Entry<NodeId, NodeStats> e : stats.nodes().entrySet()) {
      NodeStats n = e.getValue();
      double l = n.inSystemNanos() / stats.measuredNanos();
      double lambda = n.arrivedMeasured() / seconds;
      double w = n.sojournNanosTotal() / n.sojournCount() / 1e9;
      // a sample-path identity up to edge effects: units present at warm-up or still there at the
      // horizon, at most backlogMax × (max sojourn ≤ drain) / T on each side
      assertThat(l)
          .as("%s: L = %s, λW = %s", e.getKey(), l, lambda * w)
          .isCloseTo(lambda * w, org.assertj.core.data.Percentage.withPercentage(2));
    }
  }

  @Test
  void selectivityScalesOutputsOnAverage() {
    RunStats stats = run();
    NodeStats filter = stats.node(NodeId.of("filter"));
    NodeStats explode = stats.node(NodeId.of("explode"));
    double n1 = filter.departed();
    double n2 = explode.departed();
    // a Bernoulli coin per record: SE √(p(1−p)/n) on the mean output count
    assertThat(filter.emitted() / n1)
        .isCloseTo(0.4, org.assertj.core.data.Offset.offset(4 * Math.sqrt(0.24 / n1)));
    assertThat(explode.emitted() / n2)
        .isCloseTo(2.5, org.assertj.core.data.Offset.offset(4 * Math.sqrt(0.25 / n2)));
  }
}

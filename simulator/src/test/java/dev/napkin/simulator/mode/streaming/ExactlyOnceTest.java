package dev.napkin.simulator.mode.streaming;

import static dev.napkin.simulator.mode.streaming.TestFlows.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once sinks wait for the first checkpoint that starts after the write: C − (t mod C) +
 * duration, mean C/2 + duration, at most C + duration. The same seed gives both runs the same
 * records and the same stage sojourns, so the difference of the means is the mean gate wait.
 */
class ExactlyOnceTest {
  private static final NodeId OUT = NodeId.of("out");
  private static final double C = 10;
  private static final double DURATION = 1;

  private static SinkStats run(Execution.Delivery delivery) {
    Execution.Streaming settings =
        new Execution.Streaming(
            Duration.ofSeconds(10), Duration.ofSeconds(1), delivery, Duration.ZERO, Duration.ZERO);
    Flow flow =
        flow(
            List.of(
                source("src", 1000, Arrivals.POISSON),
                stage("work", exp(ms(0.5)), 1),
                sink("out", ms(200))),
            List.of(edge("src", "work"), edge("work", "out")),
            settings);
    return new StreamingSimulator()
        .run(input(flow, s(310), s(10), 3, 0), RunControl.none())
        .sink(OUT);
  }

  @Test
  void exactlyOnceAddsHalfACheckpointPlusItsDurationOnAverage() {
    SinkStats atLeastOnce = run(Execution.Delivery.AT_LEAST_ONCE);
    SinkStats exactlyOnce = run(Execution.Delivery.EXACTLY_ONCE);

    double n = exactlyOnce.results();
    // the gate wait is uniform over a period for Poisson arrivals: SE = (C/√12)/√n
    double se = C / Math.sqrt(12) / Math.sqrt(n);
    double added = (exactlyOnce.latencies().getMean() - atLeastOnce.latencies().getMean()) / 1e9;
    double histogram = 1e-3 * (C + DURATION);
    assertThat(added).isCloseTo(C / 2 + DURATION, within(4 * se + histogram));
    assertThat(exactlyOnce.results()).isEqualTo(atLeastOnce.results());
  }

  @Test
  void exactlyOnceAddsAtMostACheckpointPlusItsDuration() {
    SinkStats atLeastOnce = run(Execution.Delivery.AT_LEAST_ONCE);
    SinkStats exactlyOnce = run(Execution.Delivery.EXACTLY_ONCE);

    double maxAlo = atLeastOnce.latencies().getMaxValue() / 1e9;
    double maxEo = exactlyOnce.latencies().getMaxValue() / 1e9;
    double minEo = exactlyOnce.latencies().getMinValue() / 1e9;
    assertThat(maxEo).isLessThanOrEqualTo((maxAlo + C + DURATION) * 1.001);
    assertThat(minEo).isGreaterThanOrEqualTo((DURATION + 0.2) * 0.999);
  }
}

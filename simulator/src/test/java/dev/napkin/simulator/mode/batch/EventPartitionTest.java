package dev.napkin.simulator.mode.batch;

import static dev.napkin.simulator.mode.batch.ModeFlows.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.BatchSimulator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Event-time partitions with a grace: the late share is (1/T)∫₀ᵀ P(D > grace + u) du, for
 * exponential lateness with mean m: (m/T)·e^(−g/m)·(1 − e^(−T/m)). Records are late independently,
 * so the tolerance is 4 binomial standard errors.
 */
class EventPartitionTest {
  @Test
  void theLateShareFollowsTheLatenessTailPastTheGrace() {
    double t = 60;
    double m = 10;
    double g = 5;
    Flow flow =
        jobFlow(
            List.of(
                source("src", 100, Arrivals.POISSON, Optional.of(exp(s(m)))),
                stage("work", fixed(s(0.0001)), Duration.ZERO, 1, 1.0),
                sink("out", s(0))),
            List.of(edge("src", "work"), edge("work", "out")),
            ExecutionMode.BATCH,
            eventBatch(s(t), s(1), s(g)),
            micro(s(30), s(0.2), s(5)));
    SinkStats sink =
        new BatchSimulator()
            .run(input(flow, s(3600), s(300), 11, 0), RunControl.none())
            .sink(NodeId.of("out"));
    double late = m / t * Math.exp(-g / m) * (1 - Math.exp(-t / m));
    long n = sink.sourceRecords();
    double se = Math.sqrt(late * (1 - late) / n);

    assertThat(1 - sink.completeness()).isCloseTo(late, within(4 * se));
    assertThat(sink.late()).isEqualTo(n - sink.includedInFirstResult());
    // every measured record is delivered, late ones in the next run
    assertThat(sink.results()).isEqualTo(n);
  }
}

package dev.napkin.simulator.mode.batch;

import static dev.napkin.simulator.mode.batch.ModeFlows.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.MicroBatchSimulator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SIMULATION.md's micro-batch closed forms and Spark's watermark rule. */
class MicroBatchTest {
  private static final double RATE = 500;
  private static final double COST = 0.001; // ρ = 0.5 with one worker
  private static final double COMMIT = 0.5;

  private static Flow flow(double every, double overhead, double cost) {
    return jobFlow(
        List.of(
            source("src", RATE, Arrivals.POISSON, Optional.empty()),
            stage("work", fixed(s(cost)), Duration.ZERO, 1, 1.0),
            sink("out", s(COMMIT))),
        List.of(edge("src", "work"), edge("work", "out")),
        ExecutionMode.MICRO_BATCH,
        batch(s(3600), s(300)),
        micro(s(every), s(overhead), s(5)));
  }

  private static RunStats run(Flow flow) {
    return new MicroBatchSimulator().run(input(flow, s(1800), s(120), 3, 0), RunControl.none());
  }

  @Test
  void meanIsHalfTheTriggerPlusOverheadPlusTheBatchWorkWhileTheTriggerKeepsUp() {
    double t = 10;
    double o = 1;
    double rho = RATE * COST;
    RunStats stats = run(flow(t, o, COST));
    SinkStats sink = stats.sink(NodeId.of("out"));
    long n = sink.results();
    double batches = 1680 / t;
    double spread = COST * Math.sqrt(RATE * t);
    double se = Math.sqrt(t * t / 12 / n + spread * spread / batches);
    double expected = t / 2 + o + rho * t + COMMIT;
    assertThat(sink.latencies().getMean() / 1e9)
        .isCloseTo(expected, within(4 * se + 0.001 * expected));
    assertThat(stats.fallingBehind()).isFalse();
  }

  @Test
  void belowTheKeepUpTriggerBatchesRunBackToBackAtOverOneMinusRho() {
    double o = 2;
    double rho = RATE * COST;
    double d = o / (1 - rho);
    RunStats stats = run(flow(1, o, COST));
    SinkStats sink = stats.sink(NodeId.of("out"));
    long n = sink.results();
    double batches = 1680 / d;
    // a batch over d s takes o + ρ·d: its length spreads by cost·√(λd) from batch to batch
    double spread = COST * Math.sqrt(RATE * d);
    double se = Math.sqrt(d * d / 12 / n + 2.25 * spread * spread / batches);
    assertThat(stats.fallingBehind()).isTrue();
    assertThat(sink.latencies().getMean() / 1e9)
        .isCloseTo(1.5 * d + COMMIT, within(4 * se + 0.001 * (1.5 * d)));
  }

  @Test
  void aLoadOfOneIsUnstable() {
    RunStats stats = run(flow(10, 1, 1.0 / RATE));
    assertThat(stats.stable()).isFalse();
    assertThat(stats.instability().orElseThrow().stage()).isEqualTo(NodeId.of("work"));
  }

  @Test
  void aWindowIsEmittedByTheFirstBatchWhoseWatermarkPassedItsEnd() {
    // 1 record/s at 1, 2, … 89 s; window [0, 60 s) closes at 60; trigger 30 s, delay 5 s: the
    // batch at 90 s sees te up to 89, so the batch at 120 s runs with watermark 84 ≥ 60 and emits
    // it
    Flow flow =
        jobFlow(
            List.of(
                source("src", 1, Arrivals.DETERMINISTIC, Optional.empty()),
                aggregate("agg", fixed(s(0.01)), Window.tumbling(s(60), Duration.ZERO), 3),
                sink("out", s(0.5))),
            List.of(edge("src", "agg"), edge("agg", "out")),
            ExecutionMode.MICRO_BATCH,
            batch(s(3600), s(300)),
            micro(s(30), s(0.2), s(5)));
    RunStats stats =
        new MicroBatchSimulator().run(input(flow, s(90), s(0), 1, 0), RunControl.none());
    SinkStats sink = stats.sink(NodeId.of("out"));
    // visible at 120 + 0.2 (batch overhead) + 0 (no new records cost) + 0.5 commit; event time 60
    assertThat(sink.results()).isEqualTo(3);
    assertThat(sink.latencies().getCountBetweenValues(60_700_000_000L, 60_700_000_000L))
        .isEqualTo(3);
    // the 59 records of window [0, 60) complete; window [60, 120) never closes (in flight)
    assertThat(sink.sourceRecords()).isEqualTo(59);
    assertThat(sink.includedInFirstResult()).isEqualTo(59);
  }
}

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
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.BatchSimulator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SIMULATION.md's batch closed form: Poisson arrivals, fixed cost, one stage. Latency is uniform on
 * (S+P+commit, T+S+P+commit] with P = overhead + λT·cost/parallelism; billed = runs × (S+P) ×
 * parallelism. Tolerances: 4 standard errors, from the uniform spread over the records and the
 * Poisson spread of a run's size (which moves P) over the runs.
 */
class BatchClosedFormTest {
  private static final double T = 60;
  private static final double S = 5;
  private static final double OVERHEAD = 2;
  private static final double COST = 0.002;
  private static final double COMMIT = 1;
  private static final double RATE = 100;
  private static final int PARALLELISM = 2;
  private static final double HORIZON = 7200;
  private static final double WARMUP = 600;

  private static Flow flow() {
    return jobFlow(
        List.of(
            source("src", RATE, Arrivals.POISSON, Optional.empty()),
            stage("work", fixed(s(COST)), s(OVERHEAD), PARALLELISM, 1.0),
            sink("out", s(COMMIT))),
        List.of(edge("src", "work"), edge("work", "out")),
        ExecutionMode.BATCH,
        batch(s(T), s(S)),
        micro(s(30), s(0.2), s(5)));
  }

  private static RunStats run() {
    return new BatchSimulator().run(input(flow(), s(HORIZON), s(WARMUP), 7, 0), RunControl.none());
  }

  @Test
  void latencyIsUniformAfterStartupProcessingAndCommit() {
    RunStats stats = run();
    SinkStats sink = stats.sink(NodeId.of("out"));
    double p = OVERHEAD + RATE * T * COST / PARALLELISM;
    double low = S + p + COMMIT;
    long n = sink.results();
    double runs = (HORIZON - WARMUP) / T;
    double pSpread = COST / PARALLELISM * Math.sqrt(RATE * T);
    double meanSe = Math.sqrt(T * T / 12 / n + pSpread * pSpread / runs);

    assertThat(n)
        .isCloseTo(
            (long) (RATE * (HORIZON - WARMUP)),
            within((long) (4 * Math.sqrt(RATE * (HORIZON - WARMUP)))));
    assertThat(sink.latencies().getMean() / 1e9)
        .isCloseTo(low + T / 2, within(4 * meanSe + 0.001 * (low + T)));
    double p95 = sink.latencies().getValueAtPercentile(95) / 1e9;
    double p95Se = T * Math.sqrt(0.95 * 0.05 / n) + pSpread;
    assertThat(p95).isCloseTo(low + 0.95 * T, within(4 * p95Se + 0.001 * (low + T)));
    assertThat(sink.latencies().getMinValue() / 1e9).isGreaterThan(low - 4 * pSpread - 0.001 * low);
    assertThat(sink.latencies().getMaxValue() / 1e9)
        .isLessThanOrEqualTo((low + T + 4 * pSpread) * 1.001);
    assertThat(sink.completeness()).isEqualTo(1.0);
    assertThat(stats.fallingBehind()).isFalse();
  }

  @Test
  void billsEveryRunsStartupAndJobAtTheBatchPriceScaledToTheMeanRunPerPeriod() {
    RunStats stats = run();
    assertThat(stats.billing()).hasSize(1);
    RunStats.Billing bill = stats.billing().get(0);
    assertThat(bill.mode()).isEqualTo(ExecutionMode.BATCH);
    assertThat(bill.node()).contains(NodeId.of("work"));
    // MonthlyCost scales by 730 h ÷ measured hours: vCPU-hours per measured hour = (S+P)·p / T
    double perHour = bill.vcpuHours() / ((HORIZON - WARMUP) / 3600);
    double p = OVERHEAD + RATE * T * COST / PARALLELISM;
    double expected = (S + p) * PARALLELISM / T;
    double runs = (HORIZON - WARMUP) / T;
    double se = COST * Math.sqrt(RATE * T) / T / Math.sqrt(runs);
    assertThat(perHour).isCloseTo(expected, within(4 * se + 1e-9));
  }

  @Test
  void aRunStillGoingAtTheNextTickPushesTheNextRunAndFallsBehind() {
    Flow slow =
        jobFlow(
            List.of(
                source("src", RATE, Arrivals.POISSON, Optional.empty()),
                stage("work", fixed(s(COST)), s(OVERHEAD), 1, 1.0),
                sink("out", s(COMMIT))),
            List.of(edge("src", "work"), edge("work", "out")),
            ExecutionMode.BATCH,
            batch(s(5), s(S)),
            micro(s(30), s(0.2), s(5)));
    RunStats stats =
        new BatchSimulator().run(input(slow, Duration.ofHours(1), s(600), 7, 0), RunControl.none());
    // T = 5 s < S + overhead + 0.2 T: runs go back to back, a run over d s of arrivals taking
    // S + overhead + 0.2 d, so d = 7 / 0.8 (Poisson spread of d, about 0.7 %, far inside 2 %)
    double d = (S + OVERHEAD) / (1 - RATE * COST);
    SinkStats sink = stats.sink(NodeId.of("out"));
    assertThat(stats.fallingBehind()).isTrue();
    assertThat(stats.stable()).isTrue();
    assertThat(sink.latencies().getMean() / 1e9).isCloseTo(1.5 * d + COMMIT, within(0.02 * d));
  }
}

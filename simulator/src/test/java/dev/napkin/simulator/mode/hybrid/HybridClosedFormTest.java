package dev.napkin.simulator.mode.hybrid;

import static dev.napkin.simulator.mode.batch.ModeFlows.*;
import static dev.napkin.simulator.mode.hybrid.HybridFlows.flow;
import static dev.napkin.simulator.mode.hybrid.HybridFlows.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Closed forms across a job boundary. Streaming here is at-least-once with no buffering or
 * transport, and its stage costs a microsecond: what it adds is the service time, so the batch
 * side's closed form (SIMULATION.md, "Batch") holds with arrivals at the streaming job's
 * visibility.
 */
class HybridClosedFormTest {
  private static final double T = 60;
  private static final double S = 5;
  private static final double OVERHEAD = 2;
  private static final double COMMIT = 1;
  private static final double TINY = 1e-6;

  @Test
  void streamingIntoBatchHasTheBatchClosedFormWithArrivalsAtTheStreamingVisibility() {
    double rate = 100;
    double cost = 0.002;
    int parallelism = 2;
    double horizon = 7200;
    double warmup = 600;
    Flow flow =
        flow(
            List.of(
                source("src", rate, Arrivals.POISSON, Optional.empty()),
                in(ExecutionMode.STREAMING, stage("fast", fixed(s(TINY)), s(0), 4, 1.0)),
                in(ExecutionMode.BATCH, stage("work", fixed(s(cost)), s(OVERHEAD), parallelism, 1)),
                sink("out", s(COMMIT))),
            List.of(edge("src", "fast"), edge("fast", "work"), edge("work", "out")),
            batch(s(T), s(S)),
            micro(s(30), s(0.2), s(5)));
    RunStats stats =
        new AsDesignedSimulator().run(input(flow, s(horizon), s(warmup), 7, 0), RunControl.none());

    SinkStats sink = stats.sink(NodeId.of("out"));
    // a record becomes visible upstream TINY after its event time (no queue: 4 servers, 1 µs each)
    double p = OVERHEAD + rate * T * cost / parallelism;
    double low = S + p + COMMIT + TINY;
    long n = sink.results();
    double runs = (horizon - warmup) / T;
    double pSpread = cost / parallelism * Math.sqrt(rate * T);
    double meanSe = Math.sqrt(T * T / 12 / n + pSpread * pSpread / runs);
    assertThat(n)
        .isCloseTo(
            (long) (rate * (horizon - warmup)),
            within((long) (4 * Math.sqrt(rate * (horizon - warmup)))));
    assertThat(sink.latencies().getMean() / 1e9)
        .isCloseTo(low + T / 2, within(4 * meanSe + 0.001 * (low + T)));
    double p95Se = T * Math.sqrt(0.95 * 0.05 / n) + pSpread;
    assertThat(sink.latencies().getValueAtPercentile(95) / 1e9)
        .isCloseTo(low + 0.95 * T, within(4 * p95Se + 0.001 * (low + T)));
    assertThat(sink.latencies().getMinValue() / 1e9).isGreaterThan(low - 4 * pSpread - 0.001 * low);
    assertThat(sink.latencies().getMaxValue() / 1e9)
        .isLessThanOrEqualTo((low + T + 4 * pSpread) * 1.001);
    assertThat(sink.completeness()).isEqualTo(1.0);
    assertThat(stats.fallingBehind()).isFalse();
  }

  @Test
  void batchIntoStreamingArrivesInBurstsAtTheBatchVisibilityTimes() {
    double rate = 10;
    double cost = 0.001;
    Flow flow =
        flow(
            List.of(
                source("src", rate, Arrivals.DETERMINISTIC, Optional.empty()),
                in(ExecutionMode.BATCH, stage("work", fixed(s(cost)), s(OVERHEAD), 1, 1.0)),
                in(ExecutionMode.STREAMING, stage("fast", fixed(s(TINY)), s(0), 1, 1.0)),
                sink("out", s(0))),
            List.of(edge("src", "work"), edge("work", "fast"), edge("fast", "out")),
            batch(s(T), s(S)),
            micro(s(30), s(0.2), s(5)));
    List<long[]> seen = new ArrayList<>();
    RunStats stats =
        new AsDesignedSimulator(
                StreamingSimulator.DEFAULT_MAX_LIVE_RECORDS,
                (sink, record, te, visible, count, refire) -> seen.add(new long[] {te, visible}))
            .run(input(flow, s(1800), s(300), 3, 0), RunControl.none());

    // each run takes T·rate = 600 records (±1 at the edges of a period) and ends S + P after its
    // tick; the streaming stage then serves the burst one by one, a microsecond each
    double p = OVERHEAD + rate * T * cost;
    Map<Long, Integer> bursts = new TreeMap<>();
    for (long[] unit : seen) {
      long tick = Math.floorDiv(unit[1], s(T).nanos());
      double offset = (unit[1] - tick * s(T).nanos()) / 1e9;
      assertThat(offset).isBetween(S + p - cost, S + p + cost + 601 * TINY);
      assertThat(unit[0]).isLessThanOrEqualTo(tick * s(T).nanos());
      bursts.merge(tick, 1, Integer::sum);
    }
    // every tick from T to the horizon (the drain run after it has nothing left to take)
    assertThat(bursts.keySet()).containsExactlyElementsOf(range(1, 30));
    for (int size : bursts.values()) {
      assertThat(size).isBetween(599, 601);
    }
    NodeStats fast = stats.nodes().get(NodeId.of("fast"));
    assertThat(fast.backlogMax()).isBetween(599L, 601L);
  }

  @Test
  void anExactlyOnceStreamingJobHandsItsOutputOnAtCheckpointCompletion() {
    double c = 10;
    double d = 1;
    Flow flow =
        flow(
            List.of(
                source("src", 50, Arrivals.POISSON, Optional.empty()),
                in(ExecutionMode.STREAMING, stage("fast", fixed(s(TINY)), s(0), 4, 1.0)),
                in(ExecutionMode.MICRO_BATCH, stage("tick", fixed(s(TINY)), s(0), 4, 1.0)),
                sink("out", s(0))),
            List.of(edge("src", "fast"), edge("fast", "tick"), edge("tick", "out")),
            batch(s(T), s(S)),
            micro(s(1), s(0), s(5)));
    flow =
        flow.withExecution(
            flow.execution()
                .withStreaming(
                    flow.execution()
                        .streaming()
                        .withDelivery(dev.napkin.model.flow.Execution.Delivery.EXACTLY_ONCE)
                        .withCheckpoint(s(c))
                        .withCheckpointDuration(s(d))));
    RunStats stats =
        new AsDesignedSimulator().run(input(flow, s(1200), s(60), 9, 0), RunControl.none());
    SinkStats sink = stats.sink(NodeId.of("out"));
    // visible upstream at the end of the first checkpoint after te (+1 µs): kC + d, a whole
    // second, so the 1 s trigger at kC + d takes it and its batch ends a few µs later: latency is
    // uniform on (d, C + d], plus microseconds
    long n = sink.results();
    double slack = 0.001;
    assertThat(sink.latencies().getMean() / 1e9)
        .isCloseTo(c / 2 + d, within(4 * c / Math.sqrt(12.0 * n) + slack));
    assertThat(sink.latencies().getMinValue() / 1e9).isGreaterThanOrEqualTo(d * 0.999);
    assertThat(sink.latencies().getMaxValue() / 1e9).isLessThanOrEqualTo((c + d) * 1.001 + slack);
  }

  private static List<Long> range(long from, long to) {
    List<Long> out = new ArrayList<>();
    for (long k = from; k <= to; k++) {
      out.add(k);
    }
    return out;
  }
}

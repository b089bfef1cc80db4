package dev.napkin.simulator.result;

import static dev.napkin.simulator.testing.TestFlows.DASHBOARD;
import static dev.napkin.simulator.testing.TestFlows.SESSIONIZE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.cost.MonthlyCost;
import dev.napkin.simulator.cost.ResolvedPrices;
import dev.napkin.simulator.testing.TestFlows;
import dev.napkin.simulator.testing.TestStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommenderTest {
  private static final String CATALOG = "catalog, as of 2026-11-01";

  private final Flow flow = TestFlows.clickstream();
  private final ResolvedPrices prices = ResolvedPrices.resolve(flow.cost(), Prices.bundled());
  private final ModeResultAssembler assembler = new ModeResultAssembler(new MonthlyCost(prices));

  /** Hourly batch: 60 min, all complete, 1 vCPU all month ($43.80 + clicks $150). */
  private ModeResult batch() {
    return mode(
        TestStats.mode("batch")
            .latency(DASHBOARD, 3600, 10)
            .completeness(DASHBOARD, 100, 100)
            .vcpus(SESSIONIZE, ExecutionMode.BATCH, 1));
  }

  /** Micro-batch: 45 s, 97 % complete, 4 vCPUs ($175.20 + $150). */
  private ModeResult microBatch() {
    return mode(
        TestStats.mode("micro-batch")
            .latency(DASHBOARD, 45, 10)
            .completeness(DASHBOARD, 100, 97)
            .vcpus(SESSIONIZE, ExecutionMode.MICRO_BATCH, 4));
  }

  /** Streaming: 63 s, 97 % complete, 4 vCPUs and a job ($321.20 + $80.30 + $150). */
  private ModeResult streaming() {
    return streaming("streaming");
  }

  private ModeResult streaming(String name) {
    return mode(
        TestStats.mode(name)
            .latency(DASHBOARD, 63, 10)
            .completeness(DASHBOARD, 100, 97)
            .vcpus(SESSIONIZE, ExecutionMode.STREAMING, 4)
            .job(ExecutionMode.STREAMING));
  }

  private ModeResult mode(TestStats stats) {
    String name = stats.build().mode();
    return assembler.assemble(flow, name, List.of(stats.build()));
  }

  private Recommendation recommend(List<ModeResult> modes) {
    return new Recommender(flow, prices).recommend(modes).orElseThrow();
  }

  @Test
  void recommendsTheCheapestModeThatMeetsEverySla() {
    Recommendation r = recommend(List.of(batch(), microBatch(), streaming()));

    assertThat(r.mode()).isEqualTo("micro-batch");
    assertThat(r.meetsAllSlas()).isTrue();
    assertThat(r.considered()).containsExactly("batch", "micro-batch", "streaming");
    assertThat(r.reason())
        .isEqualTo(
            "micro-batch is the cheapest mode that meets every SLA: $325.20/mo at 0.06 USD/vCPU-h"
                + " ("
                + CATALOG
                + "). Its tightest SLA: dashboard's p99 is 45 s vs a 2 min target, driven by the"
                + " 30s trigger with 200ms overhead per batch."
                + " batch misses: dashboard's p99 is 60 min vs a 2 min target (30×), driven by the"
                + " 1h schedule with a 5m startup per run; it costs $131.40/mo less than"
                + " micro-batch (0.6×)."
                + " streaming also meets every SLA but costs $226.30/mo more than micro-batch"
                + " (1.7×).");
    assertThat(r.others())
        .extracting(
            ModeComparison::mode,
            ModeComparison::meetsAllSlas,
            ModeComparison::worstSink,
            ModeComparison::costDifferenceUsd)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "batch", false, Optional.of(DASHBOARD), new BigDecimal("-131.40")),
            org.assertj.core.groups.Tuple.tuple(
                "streaming", true, Optional.of(DASHBOARD), new BigDecimal("226.30")));
  }

  @Test
  void whenNoneMeetsItRecommendsTheSmallestWorstRelativeMiss() {
    Sla tight = Sla.of(Duration.ofSeconds(30), 99);
    List<ModeResult> modes =
        List.of(batch(), microBatch(), streaming()).stream()
            .map(m -> m.withSla(DASHBOARD, tight))
            .toList();

    Recommendation r = recommend(modes);

    assertThat(r.mode()).isEqualTo("micro-batch");
    assertThat(r.meetsAllSlas()).isFalse();
    assertThat(r.reason())
        .startsWith(
            "No mode that was run meets every SLA; micro-batch comes closest: dashboard's p99 is"
                + " 45 s vs a 30 s target (1.5×), driven by the 30s trigger with 200ms overhead"
                + " per batch. It costs $325.20/mo at 0.06 USD/vCPU-h ("
                + CATALOG
                + ").")
        .contains(
            "streaming misses: dashboard's p99 is 63 s vs a 30 s target (2.1×), driven by"
                + " exactly-once delivery, which waits for the next checkpoint (every 1m, 1s"
                + " each); it costs $226.30/mo more than micro-batch (1.7×).");
  }

  @Test
  void aCompletenessMissNamesTheWatermarkDelay() {
    ModeResult lossy =
        mode(
            TestStats.mode("streaming")
                .latency(DASHBOARD, 63, 10)
                .completeness(DASHBOARD, 100, 90)
                .vcpus(SESSIONIZE, ExecutionMode.STREAMING, 4));

    Recommendation r = recommend(List.of(lossy));

    assertThat(r.reason())
        .isEqualTo(
            "streaming does not meet every SLA: dashboard's completeness is 90 % vs a 95 % target,"
                + " driven by records later than the 5s watermark delay missing their window's"
                + " first result. It costs $471.20/mo at 0.11 USD/vCPU-h + 0.11 USD/h per job ("
                + CATALOG
                + "). Only streaming was run, so this covers just that mode.");
  }

  @Test
  void withOnlyStreamingRunItCoversJustThatModeAndNamesTheCheckpoint() {
    ModeResult onTime =
        mode(
            TestStats.mode("streaming")
                .latency(DASHBOARD, 63, 10)
                .completeness(DASHBOARD, 100, 100)
                .vcpus(SESSIONIZE, ExecutionMode.STREAMING, 4)
                .job(ExecutionMode.STREAMING));

    Recommendation r = recommend(List.of(onTime));

    assertThat(r.mode()).isEqualTo("streaming");
    assertThat(r.others()).isEmpty();
    assertThat(r.reason())
        .isEqualTo(
            "streaming meets every SLA: $551.50/mo at 0.11 USD/vCPU-h + 0.11 USD/h per job ("
                + CATALOG
                + "). Its tightest SLA: dashboard's p99 is 63 s vs a 2 min target, driven by"
                + " exactly-once delivery, which waits for the next checkpoint (every 1m, 1s"
                + " each)."
                + " Only streaming was run, so this covers just that mode.");
  }

  @Test
  void asDesignedIsTheSameAsTheModeItRunsEntirelyInAndNeverRecommended() {
    Recommendation r = recommend(List.of(streaming(), streaming("as-designed")));

    assertThat(r.mode()).isEqualTo("streaming");
    assertThat(r.reason())
        .contains(
            "As designed, the flow runs entirely in streaming: the same as the streaming run.");
    assertThat(r.others()).extracting(ModeComparison::mode).containsExactly("as-designed");
  }

  @Test
  void aHybridAsDesignedRunIsComparedByCostAndMiss() {
    Flow hybrid = TestFlows.hybrid();
    ModeResult designed =
        new ModeResultAssembler(new MonthlyCost(prices))
            .assemble(
                hybrid,
                "as-designed",
                List.of(
                    TestStats.mode("as-designed")
                        .latency(DASHBOARD, 3000, 10)
                        .completeness(DASHBOARD, 100, 100)
                        .vcpus(NodeId.of("parse"), ExecutionMode.STREAMING, 1)
                        .vcpus(SESSIONIZE, ExecutionMode.BATCH, 1)
                        .job(ExecutionMode.STREAMING)
                        .build()));

    Recommendation r =
        new Recommender(hybrid, prices)
            .recommend(List.of(batch(), microBatch(), streaming(), designed))
            .orElseThrow();

    assertThat(r.mode()).isEqualTo("micro-batch");
    assertThat(r.reason())
        .endsWith(
            "As designed (a hybrid of batch and streaming), it costs $29.20/mo more than"
                + " micro-batch (1.09×) and misses: dashboard's p99 is 50 min vs a 2 min target"
                + " (25×).");
  }

  @Test
  void whenEveryModeIsUnstableItSaysWhereToAddParallelism() {
    ModeResult overloaded =
        mode(
            TestStats.mode("streaming")
                .latency(DASHBOARD, 63, 10)
                .vcpus(SESSIONIZE, ExecutionMode.STREAMING, 4)
                .unstable(SESSIONIZE, 1.25, 500));
    ModeResult overloadedBatch =
        mode(
            TestStats.mode("batch")
                .latency(DASHBOARD, 63, 10)
                .vcpus(SESSIONIZE, ExecutionMode.BATCH, 4)
                .unstable(SESSIONIZE, 1.5, 1000));

    Recommendation r = recommend(List.of(overloadedBatch, overloaded));

    assertThat(r.mode()).isEqualTo("batch");
    assertThat(r.reason())
        .isEqualTo(
            "Every mode that was run is unstable; batch is the cheapest, but sessionize is"
                + " overloaded: utilization 1.5 (≥ 1), its backlog grows by 1000 records/s: add"
                + " parallelism there. It costs $325.20/mo at 0.06 USD/vCPU-h ("
                + CATALOG
                + ")."
                + " streaming is unstable: sessionize is overloaded: utilization 1.25 (≥ 1), its"
                + " backlog grows by 500 records/s."
                + " Only batch and streaming were run, so this covers just those modes.");
  }

  @Test
  void withOnlyAsDesignedRunThereIsNoRecommendation() {
    assertThat(new Recommender(flow, prices).recommend(List.of(streaming("as-designed"))))
        .isEmpty();
  }
}

package dev.napkin.simulator.result;

import static dev.napkin.simulator.testing.TestFlows.DASHBOARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.flow.Sla;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Ratio;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.testing.TestStats;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SinkResultTest {
  private static final Sla P99_WITHIN_2_MIN = Sla.of(Duration.ofMinutes(2), 99);
  private static final Sla COMPLETE_95 =
      new Sla(Optional.empty(), Optional.empty(), Optional.of(Ratio.ofPercent("95")));

  @Test
  void meetsTheSlaWhenTheUpperBoundIsWithinTheTarget() {
    SinkResult result =
        SinkResult.of(DASHBOARD, P99_WITHIN_2_MIN, true, latencies(100, 100, 100, 100, 119));

    assertThat(result.slaMet()).isTrue();
    assertThat(result.slaLatency().orElseThrow().high()).isCloseTo(114.4, within(0.2));
    assertThat(result.slaAttainment()).contains(1.0);
  }

  @Test
  void missesWhenTheUpperBoundIsOverTheTargetThoughEveryReplicationIsWithin() {
    SinkResult result =
        SinkResult.of(DASHBOARD, P99_WITHIN_2_MIN, true, latencies(90, 100, 110, 118, 119));

    assertThat(result.slaLatency().orElseThrow().mean()).isCloseTo(107.4, within(0.2));
    assertThat(result.slaLatency().orElseThrow().high()).isCloseTo(122.8, within(0.2));
    assertThat(result.slaMet()).isFalse();
    assertThat(result.slaAttainment()).contains(1.0);
    assertThat(result.relativeMiss()).isCloseTo(122.8 / 120, within(0.002));
  }

  @Test
  void oneReplicationIsJudgedOnItsPointEstimate() {
    SinkResult result = SinkResult.of(DASHBOARD, P99_WITHIN_2_MIN, true, latencies(119));

    assertThat(result.slaMet()).isTrue();
    assertThat(result.slaLatency().orElseThrow().n()).isEqualTo(1);
  }

  @Test
  void completenessIsJudgedOnItsLowerBound() {
    SinkResult tight = SinkResult.of(DASHBOARD, COMPLETE_95, true, complete(96, 97, 95, 96, 96));
    SinkResult loose = SinkResult.of(DASHBOARD, COMPLETE_95, true, complete(93, 99, 97, 96, 95));

    assertThat(tight.completeness().low()).isCloseTo(0.9512, within(1e-4));
    assertThat(tight.slaMet()).isTrue();
    assertThat(loose.completeness().mean()).isCloseTo(0.96, within(1e-12));
    assertThat(loose.completeness().low()).isCloseTo(0.9322, within(1e-4));
    assertThat(loose.slaMet()).isFalse();
    assertThat(loose.completenessMiss()).isCloseTo(0.95 / 0.9322, within(1e-3));
  }

  @Test
  void anUnstableRunMeetsNoSla() {
    SinkResult result = SinkResult.of(DASHBOARD, P99_WITHIN_2_MIN, false, latencies(1, 1, 1));

    assertThat(result.slaMet()).isFalse();
  }

  @Test
  void aLatencyTargetWithNoResultsIsMissed() {
    SinkResult result = SinkResult.of(DASHBOARD, P99_WITHIN_2_MIN, true, List.of(new SinkStats()));

    assertThat(result)
        .extracting(
            SinkResult::records,
            SinkResult::latency,
            SinkResult::slaLatency,
            SinkResult::slaAttainment,
            SinkResult::slaMet,
            SinkResult::relativeMiss)
        .containsExactly(
            0L,
            Optional.empty(),
            Optional.empty(),
            Optional.of(0.0),
            false,
            Double.POSITIVE_INFINITY);
  }

  @Test
  void judgesAnotherSlaFromTheKeptDistributionsWithoutSimulatingAgain() {
    SinkResult result =
        SinkResult.of(DASHBOARD, P99_WITHIN_2_MIN, true, latencies(90, 100, 110, 118, 119));

    SinkResult relaxed = result.withSla(Sla.of(Duration.ofMinutes(10), 99.9), true);
    SinkResult strict = result.withSla(Sla.of(Duration.ofSeconds(105), 50), true);

    assertThat(relaxed.slaMet()).isTrue();
    assertThat(relaxed.percentile()).isEqualTo(99.9);
    assertThat(strict.slaMet()).isFalse();
    assertThat(strict.slaAttainment()).contains(0.4);
    assertThat(result.attainment(Duration.ofSeconds(111))).isEqualTo(0.6);
  }

  @Test
  void countsAreRoundedMeansPerReplication() {
    SinkStats a = new SinkStats();
    a.recordLatency(TestStats.SECOND, 3);
    a.addLate(10);
    a.addDropped(1);
    SinkStats b = new SinkStats();
    b.recordLatency(TestStats.SECOND, 4);
    b.addLate(11);
    b.addDropped(2);

    SinkResult result = SinkResult.of(DASHBOARD, Sla.NONE, true, List.of(a, b));

    assertThat(List.of(result))
        .extracting(SinkResult::records, SinkResult::late, SinkResult::dropped, SinkResult::slaMet)
        .containsExactly(tuple(4L, 11L, 2L, true));
  }

  /** One replication per value, every result at that latency (seconds). */
  private static List<SinkStats> latencies(long... seconds) {
    return Arrays.stream(seconds)
        .mapToObj(
            s -> {
              SinkStats stats = new SinkStats();
              stats.recordLatency(s * TestStats.SECOND, 100);
              return stats;
            })
        .toList();
  }

  /** One replication per percentage of 100 source records in their first result. */
  private static List<SinkStats> complete(long... percent) {
    return Arrays.stream(percent)
        .mapToObj(
            p -> {
              SinkStats stats = new SinkStats();
              stats.recordLatency(TestStats.SECOND, 1);
              stats.addCompleteness(100, p);
              return stats;
            })
        .toList();
  }
}

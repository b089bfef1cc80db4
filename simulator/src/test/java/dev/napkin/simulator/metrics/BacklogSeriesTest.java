package dev.napkin.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BacklogSeriesTest {

  @Test
  void splitsAnIntervalOverTheBucketsItCovers() {
    BacklogSeries series = new BacklogSeries(1_000, 3_000); // 200 buckets of 10 ns

    series.add(1_005, 1_025, 2); // 5 ns in bucket 0, 10 in bucket 1, 5 in bucket 2

    assertThat(series.buckets()).isEqualTo(200);
    assertThat(series.bucketNanos()).isEqualTo(10);
    assertThat(new double[] {series.recordNanos(0), series.recordNanos(1), series.recordNanos(2)})
        .containsExactly(10, 20, 10);
    assertThat(series.meanBacklog(1)).isEqualTo(2.0);
    assertThat(series.meanBacklog(0)).isEqualTo(1.0);
  }

  @Test
  void clipsToItsPeriodAndRemembersHowFarItWasFed() {
    BacklogSeries series = new BacklogSeries(100, 300);

    series.add(0, 150, 4); // only [100, 150) counts
    series.add(290, 1_000, 1); // only [290, 300) counts

    double total = 0;
    for (int k = 0; k < series.buckets(); k++) {
      total += series.recordNanos(k);
    }
    assertThat(total).isEqualTo(4 * 50 + 10);
    assertThat(series.observedTo()).isEqualTo(300);
    assertThat(series.observedBuckets()).isEqualTo(series.buckets());
  }

  @Test
  void countsOnlyTheBucketsFedBeforeAnEarlyStop() {
    BacklogSeries series = new BacklogSeries(0, 2_000);

    series.add(0, 105, 0);

    assertThat(series.observedBuckets()).isEqualTo(11);
  }

  @Test
  void aLastShorterBucketIsAveragedOverItsOwnWidth() {
    BacklogSeries series = new BacklogSeries(0, 1_001); // width 6: 166 full buckets, 1 of 5 ns

    series.add(0, 1_001, 3);

    assertThat(series.buckets()).isEqualTo(167);
    assertThat(series.meanBacklog(166)).isCloseTo(3, within(1e-12));
    assertThat(series.meanBacklog(0)).isCloseTo(3, within(1e-12));
  }

  @Test
  void refusesAnEmptyPeriod() {
    assertThatThrownBy(() -> new BacklogSeries(5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[5, 5)");
  }

  @Test
  void nodeStatsKeepsOneSeriesForOnePeriod() {
    NodeStats stats = new NodeStats();
    BacklogSeries series = stats.backlogSeries(0, 100);

    assertThat(stats.backlogSeries(0, 100)).isSameAs(series);
    assertThat(stats.backlogSeries()).containsSame(series);
    assertThatThrownBy(() -> stats.backlogSeries(0, 200))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

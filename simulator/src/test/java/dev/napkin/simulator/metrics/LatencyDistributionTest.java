package dev.napkin.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.unit.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyDistributionTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void percentilesAreAtMostATenthOfAPercentHigh() {
    Histogram h = new Histogram(3);
    for (int s = 1; s <= 100; s++) {
      h.recordValue(s * SECOND);
    }
    LatencyDistribution d = LatencyDistribution.copyOf(h);

    assertThat(d.percentileSeconds(95)).isBetween(95.0, 95.0 * 1.001);
    assertThat(d.percentileSeconds(50)).isBetween(50.0, 50.0 * 1.001);
    assertThat(d.maxSeconds()).isBetween(100.0, 100.1);
    assertThat(d.meanSeconds()).isCloseTo(50.5, within(0.05));
    assertThat(d.count()).isEqualTo(100);
  }

  @Test
  void shareWithinCountsResultsAtOrBelowTheTarget() {
    Histogram h = new Histogram(3);
    h.recordValueWithCount(10 * SECOND, 3);
    h.recordValueWithCount(200 * SECOND, 1);

    assertThat(LatencyDistribution.copyOf(h).shareWithin(Duration.ofMinutes(2))).isEqualTo(0.75);
  }

  @Test
  void mergePoolsEveryReplicationAndCopiesAreIndependent() {
    Histogram a = new Histogram(3);
    a.recordValueWithCount(SECOND, 2);
    Histogram b = new Histogram(3);
    b.recordValueWithCount(3 * SECOND, 2);
    LatencyDistribution first = LatencyDistribution.copyOf(a);
    a.recordValue(1000 * SECOND);

    LatencyDistribution pooled =
        LatencyDistribution.merge(List.of(first, LatencyDistribution.copyOf(b)));

    assertThat(first.count()).isEqualTo(2);
    assertThat(pooled.count()).isEqualTo(4);
    assertThat(pooled.percentileSeconds(50)).isBetween(1.0, 1.001);
    assertThat(pooled.percentileSeconds(100)).isBetween(3.0, 3.003);
  }

  @Test
  void anEmptyDistributionHasNoPercentiles() {
    LatencyDistribution empty = LatencyDistribution.empty();

    assertThat(empty.shareWithin(Duration.ofSeconds(1))).isEqualTo(0.0);
    assertThatThrownBy(() -> empty.percentileSeconds(99))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no latency samples were recorded");
  }
}

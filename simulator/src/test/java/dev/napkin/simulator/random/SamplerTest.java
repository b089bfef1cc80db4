package dev.napkin.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.unit.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statistical checks of every sampler: the sample mean within 4 standard errors of the true mean
 * (the standard deviation is known in closed form), and the share of draws below true quantiles
 * within 4 binomial standard errors.
 */
class SamplerTest {
  private static final int N = 200_000;
  private static final long STAGE = StreamKeys.node(NodeId.of("stage"));

  /** Draws from one stream per record, as the simulator does. */
  private static double[] draw(Distribution d, long seed) {
    Sampler sampler = Sampler.of(d);
    RecordStreams streams = new RecordStreams(seed, 0);
    double[] out = new double[N];
    for (int i = 0; i < N; i++) {
      out[i] = sampler.sampleNanos(streams.of(STAGE, i, Purpose.COST)) / 1e9;
    }
    return out;
  }

  private static void assertMean(double[] xs, double mean, double sd) {
    double m = Arrays.stream(xs).average().orElseThrow();
    assertThat(Math.abs(m - mean))
        .as("mean %s vs %s (SE %s)", m, mean, sd / Math.sqrt(N))
        .isLessThan(4 * sd / Math.sqrt(N));
  }

  private static void assertQuantile(double[] xs, double p, double quantile) {
    double below = Arrays.stream(xs).filter(x -> x <= quantile).count() / (double) N;
    double se = Math.sqrt(p * (1 - p) / N);
    assertThat(Math.abs(below - p))
        .as("share below %s is %s, expected %s (SE %s)", quantile, below, p, se)
        .isLessThan(4 * se);
  }

  @Test
  void exponentialHasItsMeanAndQuantiles() {
    double[] xs = draw(new Distribution.Exponential(Duration.ofSeconds(2)), 1);
    assertMean(xs, 2, 2);
    assertQuantile(xs, 0.5, 2 * Math.log(2));
    assertQuantile(xs, 0.99, 2 * Math.log(100));
  }

  @Test
  void lognormalHasItsMedianP99AndMean() {
    Distribution.LogNormal d =
        new Distribution.LogNormal(Duration.ofSeconds(2), Duration.ofSeconds(40));
    double sigma = d.sigma();
    double mean = d.meanSeconds();
    double sd = mean * Math.sqrt(Math.exp(sigma * sigma) - 1);
    double[] xs = draw(d, 2);
    assertMean(xs, mean, sd);
    assertQuantile(xs, 0.5, 2);
    assertQuantile(xs, 0.99, 40);
  }

  @Test
  void lomaxHasItsMeanAndQuantiles() {
    double alpha = 3;
    double[] xs = draw(new Distribution.Pareto(Duration.ofSeconds(1), alpha), 3);
    double sd = Math.sqrt(alpha / ((alpha - 1) * (alpha - 1) * (alpha - 2)));
    assertMean(xs, 1 / (alpha - 1), sd);
    for (double p : new double[] {0.5, 0.9, 0.999}) {
      assertQuantile(xs, p, Math.pow(1 - p, -1 / alpha) - 1);
    }
  }

  @Test
  void uniformCoversItsRangeEvenly() {
    double[] xs = draw(new Distribution.Uniform(Duration.ofSeconds(1), Duration.ofSeconds(3)), 4);
    assertMean(xs, 2, 2 / Math.sqrt(12));
    assertQuantile(xs, 0.25, 1.5);
    assertThat(Arrays.stream(xs).min().orElseThrow()).isGreaterThanOrEqualTo(1);
    assertThat(Arrays.stream(xs).max().orElseThrow()).isLessThanOrEqualTo(3);
  }

  @Test
  void fixedAlwaysGivesItsValue() {
    double[] xs = draw(Distribution.fixed(Duration.ofMillis(40)), 5);
    assertThat(Arrays.stream(xs).distinct().toArray()).containsExactly(0.040);
    assertThat(Sampler.of(Distribution.fixed(Duration.ofMillis(40))).isFixed()).isTrue();
  }

  @Test
  void mixturePicksComponentsByWeight() {
    Distribution d =
        new Distribution.Mixture(
            List.of(
                new Distribution.Component(99, new Distribution.Exponential(Duration.ofSeconds(1))),
                new Distribution.Component(1, Distribution.fixed(Duration.ofSeconds(100)))));
    double[] xs = draw(d, 6);
    double mean = 0.99 * 1 + 0.01 * 100;
    double secondMoment = 0.99 * 2 + 0.01 * 100 * 100;
    assertMean(xs, mean, Math.sqrt(secondMoment - mean * mean));
    double hundreds = Arrays.stream(xs).filter(x -> x == 100).count() / (double) N;
    assertThat(Math.abs(hundreds - 0.01)).isLessThan(4 * Math.sqrt(0.01 * 0.99 / N));
    assertThat(Sampler.of(d).meanNanos()).isEqualTo(mean * 1e9);
  }

  @Test
  void heavyTailsAreCappedInsteadOfOverflowing() {
    Sampler sampler = Sampler.of(new Distribution.Pareto(Duration.ofSeconds(1), 0.01));
    SplitMix64 random = new SplitMix64(9);
    long max = 0;
    for (int i = 0; i < 10_000; i++) {
      max = Math.max(max, sampler.sampleNanos(random));
    }
    assertThat(max).isEqualTo(Sampler.MAX_NANOS);
    assertThat(sampler.meanNanos()).isInfinite();
  }

  /**
   * Golden values: a seed gives these exact draws on every JDK (StrictMath only). A change here
   * changes every simulation result.
   */
  @Test
  void aSeedGivesTheseExactDraws() {
    RecordStreams streams = new RecordStreams(42, 0);
    long record = StreamKeys.sourceRecord(StreamKeys.node(NodeId.of("clicks")), 7);
    long[] draws = {
      Sampler.of(new Distribution.Exponential(Duration.ofSeconds(1)))
          .sampleNanos(streams.of(STAGE, record, Purpose.COST)),
      Sampler.of(new Distribution.LogNormal(Duration.ofSeconds(2), Duration.ofSeconds(40)))
          .sampleNanos(streams.of(STAGE, record, Purpose.LATENESS)),
      Sampler.of(new Distribution.Pareto(Duration.ofSeconds(1), 1.5))
          .sampleNanos(streams.of(STAGE, record, Purpose.ARRIVAL))
    };
    assertThat(draws).containsExactly(4_603_777_197L, 13_311_567_555L, 606_750_776L);
  }
}

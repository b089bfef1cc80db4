package dev.napkin.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {
  @ParameterizedTest(name = "t({0}, {1}) = {2}")
  @CsvSource(
      textBlock =
          """
          0.975, 1,    12.706205
          0.975, 2,    4.302653
          0.975, 3,    3.182446
          0.975, 4,    2.776445
          0.975, 5,    2.570582
          0.975, 9,    2.262157
          0.975, 10,   2.228139
          0.975, 30,   2.042272
          0.975, 100,  1.983972
          0.975, 1000, 1.962339
          0.95,  4,    2.131847
          0.995, 7,    3.499483
          0.025, 4,    -2.776445
          0.5,   6,    0
          """)
  void matchesPublishedQuantiles(double p, int degrees, double expected) {
    assertThat(StudentT.quantile(p, degrees)).isCloseTo(expected, within(5e-7));
  }

  @Test
  void cauchyQuantileIsATangent() {
    assertThat(StudentT.quantile(0.9, 1))
        .isCloseTo(StrictMath.tan(StrictMath.PI * 0.4), within(1e-12));
  }

  @Property(tries = 200)
  void cdfInvertsTheQuantile(
      @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p,
      @ForAll @IntRange(min = 1, max = 300) int degrees) {
    assertThat(StudentT.cdf(StudentT.quantile(p, degrees), degrees)).isCloseTo(p, within(1e-12));
  }

  @Test
  void rejectsProbabilitiesOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> StudentT.quantile(1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a quantile needs 0 < p < 1, got 1.0");
    assertThatThrownBy(() -> StudentT.quantile(0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("degrees of freedom must be at least 1, got 0");
  }
}

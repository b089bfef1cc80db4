package dev.napkin.simulator.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalQuantileTest {

  /**
   * Reference values of Φ⁻¹ at the exact double nearest each p, computed to 20 digits with mpmath
   * (findroot on ncdf at 60 digits).
   */
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0.5,    0.0
          0.975,  1.9599639845400538556
          0.025, -1.9599639845400542118
          0.99,   2.3263478740408407676
          0.9999, 3.7190164854557083867
          0.3,   -0.52440051270804081597
          0.9,    1.2815515655446005935
          1e-10, -6.3613409024040561991
          1e-20, -9.2623400897984075796
          1e-300, -37.047096299361199237
          """)
  void matchesReferenceValues(double p, double z) {
    assertThat(NormalQuantile.of(p)).isCloseTo(z, within(2e-15 * Math.max(1, Math.abs(z))));
  }

  @ParameterizedTest
  @CsvSource({"0.0, -Infinity", "1.0, Infinity"})
  void isInfiniteAtTheEnds(double p, double z) {
    assertThat(NormalQuantile.of(p)).isEqualTo(z);
  }

  @ParameterizedTest
  @CsvSource({"-0.1", "1.5", "NaN"})
  void rejectsWhatIsNotAProbability(double p) {
    assertThatThrownBy(() -> NormalQuantile.of(p)).isInstanceOf(IllegalArgumentException.class);
  }
}

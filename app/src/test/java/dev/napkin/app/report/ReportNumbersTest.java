package dev.napkin.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportNumbersTest {
  @ParameterizedTest(name = "{0} s prints {1}")
  @CsvSource(
      textBlock =
          """
          63.0153,      63.0
          0,            0.0
          0.000123456,  0.000123
          3612.4,       3610.0
          101.14,       101.0
          25.09,        25.1
          """)
  void latenciesKeepThreeSignificantDigits(double seconds, String expected) {
    assertThat(ReportNumbers.seconds(seconds)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} to {1} digits prints {2}")
  @CsvSource(
      textBlock =
          """
          0.0200000001, 4, 0.02
          1,            6, 1.0
          0.9666666667, 6, 0.966667
          12.5,         0, 12.0
          """)
  void fixedDigitsAlwaysShowAFraction(double value, int digits, String expected) {
    assertThat(ReportNumbers.fixed(value, digits)).isEqualTo(expected);
  }

  @Test
  void moneyPrintsToTheCent() {
    assertThat(ReportNumbers.usd(new BigDecimal("551.50"))).isEqualTo("551.5");
    assertThat(ReportNumbers.usd(new BigDecimal("150"))).isEqualTo("150.0");
    assertThat(ReportNumbers.usd(new BigDecimal("-131.40"))).isEqualTo("-131.4");
  }

  @Test
  void refusesNonFiniteNumbers() {
    assertThatThrownBy(() -> ReportNumbers.seconds(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot print a non-finite number: Infinity");
  }
}

package dev.napkin.simulator.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {
  @ParameterizedTest(name = "{0} s reads {1}")
  @CsvSource(
      textBlock =
          """
          0,          0 s
          0.0000004,  0.4 µs
          0.000250,   250 µs
          0.045,      45 ms
          0.9996,     1 s
          1.5,        1.5 s
          63.01,      63 s
          119.4,      119 s
          126,        2.1 min
          3600,       60 min
          7200,       2 h
          172800,     2 d
          """)
  void durationsPickAReadableUnit(double seconds, String expected) {
    assertThat(Wording.duration(seconds)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} USD reads {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0        | $0.00
          551.5    | $551.50
          1234.565 | $1,234.56
          -131.4   | -$131.40
          1000000  | $1,000,000.00
          """)
  void dollarsHaveCentsAndThousandsSeparators(String amount, String expected) {
    assertThat(Wording.usd(new BigDecimal(amount))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(
      textBlock =
          """
          1.0,       100 %
          0.96666,   96.67 %
          0.9995,    99.95 %
          0,         0 %
          """)
  void sharesArePercentages(double share, String expected) {
    assertThat(Wording.percent(share)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(
      textBlock =
          """
          1.0898,    1.09×
          0.5959,    0.6×
          30.009,    30×
          Infinity,  ∞×
          """)
  void factorsReadAsTimes(double factor, String expected) {
    assertThat(Wording.times(factor)).isEqualTo(expected);
  }
}

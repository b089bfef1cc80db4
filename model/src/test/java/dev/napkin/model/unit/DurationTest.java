package dev.napkin.model.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTest {
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          250us,   250000,          250us
          40ms,    40000000,        40ms
          2s,      2000000000,      2s
          5m,      300000000000,    5m
          1h,      3600000000000,   1h
          1d,      86400000000000,  1d
          1h30m,   5400000000000,   1h30m
          90m,     5400000000000,   1h30m
          1.5s,    1500000000,      1.5s
          1500ms,  1500000000,      1.5s
          0.5ms,   500000,          500us
          1m30.25s, 90250000000,    1m30.25s
          0s,      0,               0s
          7ns,     7,               7ns
          1.5ms,   1500000,         1.5ms
          """)
  void parsesAndPrintsCanonically(String text, long nanos, String canonical) {
    Duration d = Duration.parse(text);
    assertThat(d.nanos()).isEqualTo(nanos);
    assertThat(d.toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          40 us | "40 us" is not a duration (try 40us)
          40    | "40" is not a duration (a unit is required: try 40s)
          5 min | "5 min" is not a duration (try 5m)
          -5s   | "-5s" is not a duration (expected a number and a unit: ns, us, ms, s, m, h, d, e.g. 250ms or 1h30m)
          1h30  | "1h30" is not a duration (expected a number and a unit: ns, us, ms, s, m, h, d, e.g. 250ms or 1h30m)
          """)
  void rejectsMalformedTextWithAHint(String text, String message) {
    assertThatThrownBy(() -> Duration.parse(text))
        .isInstanceOf(UnitException.class)
        .hasMessage(message);
  }

  @Property
  void printedFormReadsBackToTheSameDuration(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long nanos) {
    Duration d = new Duration(nanos);
    assertThat(Duration.parse(d.toString())).isEqualTo(d);
  }
}

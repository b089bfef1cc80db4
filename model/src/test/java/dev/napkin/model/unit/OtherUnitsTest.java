package dev.napkin.model.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtherUnitsTest {
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          2000/s,  2000,        2k/s
          120/min, 2,           120/min
          3.6k/h,  1,           3.6k/h
          1.5M/d,  17.361111,   1.5M/d
          0.5/s,   0.5,         0.5/s
          2500/s,  2500,        2.5k/s
          """)
  void ratesKeepTheirUnitAndPrintWithASuffix(String text, double perSecond, String canonical) {
    Rate rate = Rate.parse(text);
    assertThat(rate.perSecond()).isCloseTo(perSecond, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(rate.toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2000    | "2000" is not a rate (a unit is required: try 2000/s)
          2000 /s | "2000 /s" is not a rate (try 2000/s)
          2k/sec  | "2k/sec" is not a rate (expected records per unit time, e.g. 2000/s, 120/min, 3.6k/h, 1.5M/d)
          """)
  void rejectsMalformedRates(String text, String message) {
    assertThatThrownBy(() -> Rate.parse(text)).hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          512B,  512,        512B
          1KiB,  1024,       1KiB
          4MiB,  4194304,    4MiB
          1GiB,  1073741824, 1GiB
          1KB,   1000,       1KB
          1.5KiB, 1536,      1536B
          2000KB, 2000000,   2MB
          """)
  void sizesPrintInTheLargestExactUnit(String text, long bytes, String canonical) {
    DataSize size = DataSize.parse(text);
    assertThat(size.bytes()).isEqualTo(bytes);
    assertThat(size.toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0.048 USD   | 0.048 USD
          150 USD     | 150 USD
          150.00  EUR | 150 EUR
          """)
  void moneyKeepsItsCurrency(String text, String canonical) {
    assertThat(Money.parse(text).toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0.048    | "0.048" is not money (a currency code is required: try 0.048 USD)
          USD 0.04 | "USD 0.04" is not money (expected an amount and a currency code, e.g. 150 USD)
          """)
  void rejectsMoneyWithoutACurrency(String text, String message) {
    assertThatThrownBy(() -> Money.parse(text)).hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0.11 USD/h | 0.11 USD/h
          0.110 USD/h | 0.11 USD/h
          """)
  void moneyPerHourPrintsCanonically(String text, String canonical) {
    assertThat(MoneyRate.parse(text).toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0.999,  0.999, 99.9%
          99.9%,  0.999, 99.9%
          95%,    0.95,  95%
          1,      1,     100%
          0,      0,     0%
          """)
  void ratiosReadBothFormsAndPrintAsPercent(String text, double value, String canonical) {
    Ratio ratio = Ratio.parse(text);
    assertThat(ratio.value()).isEqualTo(value);
    assertThat(ratio.toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      150%
      1.2
      -0.1
      abc
      """)
  void rejectsRatiosOutsideZeroToOne(String text) {
    assertThatThrownBy(() -> Ratio.parse(text)).isInstanceOf(UnitException.class);
  }

  @Property
  void ratesRoundTrip(
      @ForAll @LongRange(min = 1, max = 10_000_000_000L) long milli,
      @ForAll @IntRange(min = 0, max = 3) int per) {
    Rate rate = new Rate(BigDecimal.valueOf(milli, 3), Rate.Per.values()[per]);
    assertThat(Rate.parse(rate.toString())).isEqualTo(rate);
  }

  @Property
  void sizesRoundTrip(@ForAll @LongRange(min = 0, max = 1L << 50) long bytes) {
    DataSize size = new DataSize(bytes);
    assertThat(DataSize.parse(size.toString())).isEqualTo(size);
  }

  @Property
  void ratiosRoundTrip(@ForAll @IntRange(min = 0, max = 100_000) int tenThousandths) {
    Ratio ratio = new Ratio(BigDecimal.valueOf(tenThousandths, 5));
    assertThat(Ratio.parse(ratio.toString())).isEqualTo(ratio);
  }
}

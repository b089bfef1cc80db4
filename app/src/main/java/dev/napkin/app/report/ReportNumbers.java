package dev.napkin.app.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as machine-readable reports (JSON, CSV) print them, with fixed rules so the same run
 * prints the same bytes on every JDK: rounded through BigDecimal, never {@code Double.toString};
 * decimals always show a fraction digit ({@code 150.0}), counts never do.
 */
public final class ReportNumbers {
  /** Latencies keep the histogram's 3 significant digits; more would be noise. */
  private static final MathContext LATENCY = new MathContext(3, RoundingMode.HALF_EVEN);

  private ReportNumbers() {}

  /** A latency in seconds to 3 significant digits: {@code 63.0}, {@code 0.0123}, {@code 3610.0}. */
  public static String seconds(double seconds) {
    requireFinite(seconds);
    return decimal(new BigDecimal(seconds).round(LATENCY));
  }

  /** A value rounded to at most {@code digits} fraction digits: {@code 0.02}, {@code 1.0}. */
  public static String fixed(double value, int digits) {
    requireFinite(value);
    return decimal(new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN));
  }

  /** An amount of money: {@code 551.5}, {@code 150.0}. */
  public static String usd(BigDecimal amount) {
    return decimal(amount.setScale(2, RoundingMode.HALF_EVEN));
  }

  /** Shares (completeness, attainment) to 6 fraction digits. */
  public static String share(double value) {
    return fixed(value, 6);
  }

  private static String decimal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return "0.0";
    }
    String text = stripped.toPlainString();
    return text.indexOf('.') < 0 ? text + ".0" : text;
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot print a non-finite number: " + value);
    }
  }
}

package dev.napkin.simulator.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers for people, the same on every JDK and locale: {@code 63 s}, {@code 2.1 min}, {@code
 * $551.50}, {@code 96.67 %}, {@code 1.3×}. Values are rounded with BigDecimal, never through {@code
 * Double.toString}.
 */
public final class Wording {
  private static final double[] UNIT_SECONDS = {1e-6, 1e-3, 1, 60, 3600, 86400};
  private static final String[] UNIT_NAMES = {"µs", "ms", "s", "min", "h", "d"};
  // Switch to the next unit at these many of the current one (2 min reads better than 120 s).
  private static final double[] UPPER = {1000, 1000, 120, 120, 48, Double.POSITIVE_INFINITY};

  private Wording() {}

  /** A latency in seconds with a readable unit: 2 significant digits below 10, whole above. */
  public static String duration(double seconds) {
    if (!Double.isFinite(seconds) || seconds < 0) {
      throw new IllegalArgumentException("not a duration: " + seconds);
    }
    if (seconds == 0) {
      return "0 s";
    }
    int unit = 0;
    while (unit < UNIT_SECONDS.length - 1
        && round(seconds / UNIT_SECONDS[unit]).doubleValue() >= UPPER[unit]) {
      unit++;
    }
    return plain(round(seconds / UNIT_SECONDS[unit])) + " " + UNIT_NAMES[unit];
  }

  /** US dollars to the cent, with thousands separators: {@code $1,234.50}. */
  public static String usd(BigDecimal amount) {
    BigDecimal cents = amount.setScale(2, RoundingMode.HALF_EVEN);
    String digits = cents.abs().toPlainString();
    int point = digits.indexOf('.');
    StringBuilder whole = new StringBuilder(digits.substring(0, point));
    for (int i = whole.length() - 3; i > 0; i -= 3) {
      whole.insert(i, ',');
    }
    return (cents.signum() < 0 ? "-$" : "$") + whole + digits.substring(point);
  }

  /** A share as a percentage with up to 2 decimals: {@code 96.67 %}, {@code 100 %}. */
  public static String percent(double share) {
    return plain(scaled(share * 100, 2)) + " %";
  }

  /** A factor: {@code 1.25×} below 10, {@code 33×} above. */
  public static String times(double factor) {
    if (Double.isInfinite(factor)) {
      return "∞×";
    }
    return plain(factor < 10 ? scaled(factor, 2) : scaled(factor, 0)) + "×";
  }

  /** A percentile label: {@code p99}, {@code p99.9}. */
  public static String percentile(double percentile) {
    return "p" + plain(scaled(percentile, 3));
  }

  private static BigDecimal round(double value) {
    return value < 9.95 ? scaled(value, 1) : scaled(value, 0);
  }

  private static BigDecimal scaled(double value, int digits) {
    return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN);
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }
}

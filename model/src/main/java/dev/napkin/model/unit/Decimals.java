package dev.napkin.model.unit;

import java.math.BigDecimal;

/** Plain, shortest decimal text, the same on every JDK (no Double.toString in printed values). */
public final class Decimals {
  private Decimals() {}

  public static String format(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  /** Formats a double rounded to at most {@code digits} fraction digits. */
  public static String format(double value, int digits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.isNaN(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity");
    }
    return format(new BigDecimal(value).setScale(digits, java.math.RoundingMode.HALF_EVEN));
  }

  /** Parses a plain decimal number (digits, optional sign and point; no exponent). */
  static BigDecimal parse(String text) {
    if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw new NumberFormatException(text);
    }
    return new BigDecimal(text);
  }
}

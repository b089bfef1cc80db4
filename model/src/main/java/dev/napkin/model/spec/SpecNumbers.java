package dev.napkin.model.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Prints a double as the shortest decimal that reads back to the same double, the same on every
 * JDK: Double.toString changed its output in JDK 19, so it is not used.
 */
final class SpecNumbers {
  private static final int PLAIN_DIGITS = 21;

  private SpecNumbers() {}

  static String format(double value, String what) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          what + " is " + value + ", which a spec cannot hold (only finite numbers)");
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        return text(rounded.stripTrailingZeros());
      }
    }
    return text(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros());
  }

  /** Plain digits for everyday magnitudes, else scientific ({@code 1.5E+300}). */
  private static String text(BigDecimal value) {
    String plain = value.toPlainString();
    return plain.length() <= PLAIN_DIGITS ? plain : value.toString();
  }
}

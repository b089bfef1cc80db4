package dev.napkin.model.unit;

import java.math.BigDecimal;

/** A share between 0 and 1, written {@code 0.999} or {@code 99.9%}; printed as a percentage. */
public record Ratio(BigDecimal fraction) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Ratio {
    fraction = fraction.stripTrailingZeros();
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new UnitException(
          "\"" + Decimals.format(fraction) + "\" is outside 0..1 (a ratio, or 0%..100%)");
    }
  }

  public static Ratio ofPercent(String percent) {
    return new Ratio(new BigDecimal(percent).divide(HUNDRED));
  }

  public double value() {
    return fraction.doubleValue();
  }

  public static Ratio parse(String text) {
    String t = text.strip();
    try {
      if (t.endsWith("%")) {
        return new Ratio(Decimals.parse(t.substring(0, t.length() - 1).strip()).divide(HUNDRED));
      }
      return new Ratio(Decimals.parse(t));
    } catch (NumberFormatException e) {
      throw UnitException.notA("a ratio", text, "expected 0.999 or 99.9%");
    }
  }

  @Override
  public String toString() {
    return Decimals.format(fraction.multiply(HUNDRED)) + "%";
  }
}

package dev.napkin.model.unit;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records per unit of time, written like {@code 2000/s}, {@code 120/min}, {@code 3.6k/h}, {@code
 * 1.5M/d}. The unit the user chose is kept; the count prints with a k/M/G suffix where it fits.
 */
public record Rate(BigDecimal count, Per per) {
  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)([kMG]?)/(s|min|h|d)");

  /** The time units a rate can be given per. */
  public enum Per {
    SECOND("s", 1),
    MINUTE("min", 60),
    HOUR("h", 3600),
    DAY("d", 86400);

    private final String symbol;
    private final long seconds;

    Per(String symbol, long seconds) {
      this.symbol = symbol;
      this.seconds = seconds;
    }

    public String symbol() {
      return symbol;
    }

    public long seconds() {
      return seconds;
    }

    static Per of(String symbol) {
      for (Per p : values()) {
        if (p.symbol.equals(symbol)) {
          return p;
        }
      }
      throw new IllegalArgumentException(symbol);
    }
  }

  public Rate {
    count = count.stripTrailingZeros();
    if (count.signum() < 0) {
      throw new UnitException("a rate cannot be negative");
    }
  }

  public static Rate perSecond(double perSecond) {
    return new Rate(new BigDecimal(Double.toString(perSecond)), Per.SECOND);
  }

  public double perSecond() {
    return count.doubleValue() / per.seconds();
  }

  public static Rate parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw UnitException.notA("a rate", text, hint(text));
    }
    BigDecimal count = new BigDecimal(m.group(1)).multiply(multiplier(m.group(2)));
    return new Rate(count, Per.of(m.group(3)));
  }

  private static String hint(String text) {
    String squeezed = text.replaceAll("\\s+", "");
    if (!squeezed.equals(text.strip()) && FORM.matcher(squeezed).matches()) {
      return "try " + squeezed;
    }
    if (text.strip().matches("\\d+(\\.\\d+)?")) {
      return "a unit is required: try " + text.strip() + "/s";
    }
    return "expected records per unit time, e.g. 2000/s, 120/min, 3.6k/h, 1.5M/d";
  }

  private static BigDecimal multiplier(String suffix) {
    return switch (suffix) {
      case "k" -> BigDecimal.valueOf(1_000L);
      case "M" -> BigDecimal.valueOf(1_000_000L);
      case "G" -> BigDecimal.valueOf(1_000_000_000L);
      default -> BigDecimal.ONE;
    };
  }

  @Override
  public String toString() {
    String[] suffixes = {"G", "M", "k"};
    for (String suffix : suffixes) {
      BigDecimal scaled = count.divide(multiplier(suffix));
      if (scaled.compareTo(BigDecimal.ONE) >= 0) {
        return Decimals.format(scaled) + suffix + "/" + per.symbol();
      }
    }
    return Decimals.format(count) + "/" + per.symbol();
  }
}

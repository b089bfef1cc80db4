package dev.napkin.model.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative span of time in integer nanoseconds, written like {@code 250us}, {@code 2s},
 * {@code 1h30m}. Printing is canonical: {@code parse(d.toString()).equals(d)} always holds.
 */
public record Duration(long nanos) implements Comparable<Duration> {
  public static final Duration ZERO = new Duration(0);

  private static final long US = 1_000L;
  private static final long MS = 1_000_000L;
  private static final long S = 1_000_000_000L;
  private static final long M = 60 * S;
  private static final long H = 60 * M;
  private static final long D = 24 * H;
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h|d)");

  public Duration {
    if (nanos < 0) {
      throw new UnitException("a duration cannot be negative");
    }
  }

  public static Duration ofNanos(long nanos) {
    return new Duration(nanos);
  }

  public static Duration ofMillis(long millis) {
    return new Duration(Math.multiplyExact(millis, MS));
  }

  public static Duration ofSeconds(long seconds) {
    return new Duration(Math.multiplyExact(seconds, S));
  }

  public static Duration ofMinutes(long minutes) {
    return new Duration(Math.multiplyExact(minutes, M));
  }

  public static Duration ofHours(long hours) {
    return new Duration(Math.multiplyExact(hours, H));
  }

  /** Rounds a number of seconds to the nearest nanosecond. */
  public static Duration ofSeconds(double seconds) {
    return new Duration(StrictMath.round(seconds * S));
  }

  public double seconds() {
    return nanos / (double) S;
  }

  public boolean isZero() {
    return nanos == 0;
  }

  public Duration plus(Duration other) {
    return new Duration(Math.addExact(nanos, other.nanos));
  }

  @Override
  public int compareTo(Duration other) {
    return Long.compare(nanos, other.nanos);
  }

  /**
   * Parses {@code 250us}, {@code 40ms}, {@code 2s}, {@code 5m}, {@code 1h}, {@code 1d}, {@code
   * 1h30m}, {@code 1.5s}.
   */
  public static Duration parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw UnitException.notA("a duration", text, "try 5m or 250ms");
    }
    Matcher m = PART.matcher(trimmed);
    int at = 0;
    BigDecimal total = BigDecimal.ZERO;
    while (at < trimmed.length()) {
      if (!m.find(at) || m.start() != at) {
        throw UnitException.notA("a duration", text, hint(trimmed));
      }
      total =
          total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
      at = m.end();
    }
    try {
      return new Duration(total.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    } catch (ArithmeticException e) {
      throw new UnitException("\"" + text + "\" is too long a duration");
    }
  }

  private static String hint(String text) {
    String squeezed = text.replaceAll("\\s+", "");
    if (!squeezed.equals(text) && squeezed.matches("(" + PART.pattern() + ")+")) {
      return "try " + squeezed;
    }
    if (text.matches("\\d+(\\.\\d+)?")) {
      return "a unit is required: try " + text + "s";
    }
    return "expected a number and a unit: ns, us, ms, s, m, h, d, e.g. 250ms or 1h30m";
  }

  private static long unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1;
      case "us", "µs" -> US;
      case "ms" -> MS;
      case "s" -> S;
      case "m" -> M;
      case "h" -> H;
      case "d" -> D;
      default -> throw new IllegalStateException(unit);
    };
  }

  /**
   * Canonical form: days, hours, minutes and (fractional) seconds; below a second the largest unit
   * that fits.
   */
  @Override
  public String toString() {
    if (nanos == 0) {
      return "0s";
    }
    if (nanos < S) {
      long unit = nanos >= MS ? MS : nanos >= US ? US : 1;
      String name = unit == MS ? "ms" : unit == US ? "us" : "ns";
      return Decimals.format(BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(unit))) + name;
    }
    StringBuilder out = new StringBuilder();
    long rest = nanos;
    rest = appendWhole(out, rest, D, "d");
    rest = appendWhole(out, rest, H, "h");
    rest = appendWhole(out, rest, M, "m");
    if (rest > 0) {
      out.append(Decimals.format(BigDecimal.valueOf(rest).divide(BigDecimal.valueOf(S))))
          .append('s');
    }
    return out.toString();
  }

  private static long appendWhole(StringBuilder out, long rest, long unit, String name) {
    if (rest >= unit) {
      out.append(rest / unit).append(name);
    }
    return rest % unit;
  }
}

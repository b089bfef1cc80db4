package dev.napkin.model.spec;

import dev.napkin.model.unit.Decimals;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.UnitException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time of day as {@code HH:MM} or {@code HH:MM:SS(.fraction)}, held as time since 00:00. */
final class TimeOfDay {
  private static final Pattern FORM =
      Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d(?:\\.\\d{1,9})?))?");
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private TimeOfDay() {}

  static Duration parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new UnitException(
          Quoted.of(text)
              + " is not a time of day (expected HH:MM from 00:00 to 23:59, e.g. 14:00)");
    }
    long minutes = Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2));
    BigDecimal seconds = m.group(3) == null ? BigDecimal.ZERO : new BigDecimal(m.group(3));
    long nanos =
        seconds
            .multiply(BigDecimal.valueOf(NANOS_PER_SECOND))
            .setScale(0, RoundingMode.UNNECESSARY)
            .longValueExact();
    return Duration.ofNanos(minutes * 60 * NANOS_PER_SECOND + nanos);
  }

  /** {@code 14:00}, with seconds only when there are some: {@code 14:00:30.5}. */
  static String format(Duration sinceMidnight) {
    long nanos = sinceMidnight.nanos();
    long totalSeconds = nanos / NANOS_PER_SECOND;
    long hours = totalSeconds / 3600;
    long minutes = totalSeconds / 60 % 60;
    long secondNanos = nanos - (hours * 3600 + minutes * 60) * NANOS_PER_SECOND;
    String hhmm = String.format(java.util.Locale.ROOT, "%02d:%02d", hours, minutes);
    if (secondNanos == 0) {
      return hhmm;
    }
    BigDecimal seconds = BigDecimal.valueOf(secondNanos).movePointLeft(9);
    String text = Decimals.format(seconds);
    return hhmm + ":" + (seconds.compareTo(BigDecimal.TEN) < 0 ? "0" + text : text);
  }
}

package dev.napkin.app.inspector;

import dev.napkin.model.flow.SpecName;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Ratio;
import java.math.BigDecimal;
import java.util.Optional;

/** Strict parsing of inspector input, with messages in the spec's words. */
final class Inputs {
  private Inputs() {}

  static int positiveInt(String name, String text) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new IllegalArgumentException(
        name + " must be a whole number of at least 1, not \"" + text + "\"");
  }

  static long positiveLong(String name, String text) {
    try {
      long value = Long.parseLong(text.strip());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new IllegalArgumentException(
        name + " must be a whole number of at least 1, not \"" + text + "\"");
  }

  static long anyLong(String name, String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not \"" + text + "\"");
    }
  }

  static double number(String name, String text, double min, double max) {
    double value;
    try {
      value = new BigDecimal(text.strip()).doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not \"" + text + "\"");
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + plain(min) + " and " + plain(max) + ", not " + text.strip());
    }
    return value;
  }

  /** A percentile in (0, 100); below 1 is allowed but likely a mistake (lint says so). */
  static double percentile(String text) {
    double value = number("percentile", text, 0, 100);
    if (value <= 0 || value >= 100) {
      throw new IllegalArgumentException(
          "percentile must be above 0 and below 100, not " + text.strip());
    }
    return value;
  }

  static Duration duration(String text) {
    return Duration.parse(text);
  }

  /** Blank means "not set". */
  static Optional<Duration> optionalDuration(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(Duration.parse(text));
  }

  static Optional<Ratio> optionalRatio(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(Ratio.parse(text));
  }

  static Optional<String> optionalText(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }

  static <E extends Enum<E> & SpecName> E choice(Class<E> type, String text) {
    return SpecName.find(type, text.strip())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "\"" + text + "\" is not one of " + SpecName.choices(type)));
  }

  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

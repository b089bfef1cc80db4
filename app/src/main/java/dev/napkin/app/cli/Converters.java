package dev.napkin.app.cli;

import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.UnitException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters: their failures are usage errors (exit 2). */
final class Converters {
  private Converters() {}

  /** {@code 1d}, {@code 90m}: a duration with its unit. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Duration.parse(value);
      } catch (UnitException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A mode name or {@code all}. */
  static final class ModeConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!ModeSelection.isChoice(value)) {
        throw new TypeConversionException(
            "\"" + value + "\" is not a mode (" + ModeSelection.choices() + ")");
      }
      return value;
    }
  }

  /** A replication count: at least 1. */
  static final class ReplicationsConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int count;
      try {
        count = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("\"" + value + "\" is not a whole number");
      }
      if (count < 1) {
        throw new TypeConversionException("at least 1 replication is needed, got " + count);
      }
      return count;
    }
  }

  /** {@code text}, {@code json}, {@code csv}. */
  static final class FormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException("\"" + value + "\" is not a format (text|json|csv)"));
    }
  }

  /** {@code auto}, {@code always}, {@code never}. */
  static final class ProgressConverter implements ITypeConverter<ProgressMode> {
    @Override
    public ProgressMode convert(String value) {
      return ProgressMode.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "\"" + value + "\" is not a progress setting (auto|always|never)"));
    }
  }
}

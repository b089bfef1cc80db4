package dev.napkin.app.cli;

import dev.napkin.app.report.CsvReport;
import dev.napkin.app.report.JsonReport;
import dev.napkin.app.report.Report;
import dev.napkin.app.report.SweepCsvReport;
import dev.napkin.app.report.SweepJsonReport;
import dev.napkin.app.report.SweepReport;
import dev.napkin.app.report.SweepTextReport;
import dev.napkin.app.report.TextReport;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code --format}: how results are printed. */
enum OutputFormat {
  TEXT,
  JSON,
  CSV;

  static Optional<OutputFormat> parse(String value) {
    return Arrays.stream(values()).filter(f -> f.toString().equals(value)).findFirst();
  }

  Report report() {
    return switch (this) {
      case TEXT -> new TextReport();
      case JSON -> new JsonReport();
      case CSV -> new CsvReport();
    };
  }

  SweepReport sweepReport() {
    return switch (this) {
      case TEXT -> new SweepTextReport();
      case JSON -> new SweepJsonReport();
      case CSV -> new SweepCsvReport();
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

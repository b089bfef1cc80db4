package dev.napkin.model.catalog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One figure of the bundled catalog with where it came from, so every number Napkin uses can be
 * explained: {@code value} is display text in canonical unit form ({@code 0.11 USD/h}, {@code
 * 200ms}), {@code range} the spread the source gives, if any.
 */
public record Reference(
    Section section,
    String key,
    String label,
    String value,
    Optional<String> range,
    String source,
    LocalDate asOf) {

  /** Prices are used to compute cost; timings document the spec's defaults. */
  public enum Section {
    PRICE,
    TIMING
  }

  /** One line for a tooltip: {@code batch vCPU-hour (managed Spark): 0.06 USD/h (source, date)}. */
  public String explain() {
    String spread = range.map(r -> ", " + r).orElse("");
    return label + ": " + value + spread + " (" + source + ", as of " + asOf + ")";
  }
}

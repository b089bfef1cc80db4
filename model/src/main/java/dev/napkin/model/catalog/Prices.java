package dev.napkin.model.catalog;

import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.MoneyRate;
import java.util.Optional;

/**
 * Resolves the price a run pays. For a mode's vCPU-hour: the spec's price for that mode ({@code
 * cost.streaming.vcpuHour}), else the spec's one price for every mode ({@code cost.vcpuHour}), else
 * the catalog's price for the mode. For the streaming per-job hour: the spec's {@code
 * cost.streaming.perJobHour}, else the catalog's.
 */
public final class Prices {
  private final PriceCatalog catalog;

  public Prices(PriceCatalog catalog) {
    this.catalog = java.util.Objects.requireNonNull(catalog, "catalog");
  }

  /** Prices backed by the catalog shipped with Napkin. */
  public static Prices bundled() {
    return new Prices(PriceCatalog.bundled());
  }

  public PriceCatalog catalog() {
    return catalog;
  }

  public MoneyRate vcpuHour(ExecutionMode mode, CostSettings cost) {
    return vcpuHourQuote(mode, cost).price();
  }

  public MoneyRate perJobHour(CostSettings cost) {
    return perJobHourQuote(cost).price();
  }

  /** Hours in a month for monthly costs (730 by AWS's convention). */
  public double hoursPerMonth() {
    return catalog.hoursPerMonth();
  }

  /** The vCPU-hour price for {@code mode} and where it came from. */
  public Quote vcpuHourQuote(ExecutionMode mode, CostSettings cost) {
    Optional<MoneyRate> own = cost.of(mode).vcpuHour();
    if (own.isPresent()) {
      return new Quote(own.get(), "cost." + specKey(mode) + ".vcpuHour", Optional.empty());
    }
    if (cost.vcpuHour().isPresent()) {
      return new Quote(cost.vcpuHour().get(), "cost.vcpuHour", Optional.empty());
    }
    String key = PriceCatalog.vcpuHourKey(mode);
    return new Quote(catalog.vcpuHour(mode), "catalog", catalog.reference(key));
  }

  /** The per-job hourly price of a streaming job and where it came from. */
  public Quote perJobHourQuote(CostSettings cost) {
    Optional<MoneyRate> own = cost.streaming().perJobHour();
    if (own.isPresent()) {
      return new Quote(own.get(), "cost.streaming.perJobHour", Optional.empty());
    }
    return new Quote(
        catalog.streamingPerJobHour(),
        "catalog",
        catalog.reference(PriceCatalog.STREAMING_PER_JOB_HOUR));
  }

  private static String specKey(ExecutionMode mode) {
    return switch (mode) {
      case BATCH -> "batch";
      case MICRO_BATCH -> "microBatch";
      case STREAMING -> "streaming";
    };
  }

  /**
   * A resolved price: {@code origin} is the spec field that set it, or {@code catalog} with the
   * catalog entry (its source and date) in {@code reference}.
   */
  public record Quote(MoneyRate price, String origin, Optional<Reference> reference) {
    public boolean fromCatalog() {
      return reference.isPresent();
    }

    /** For a tooltip: {@code 0.06 USD/h from cost.vcpuHour} or the catalog entry's explanation. */
    public String explain() {
      return reference.map(Reference::explain).orElse(price + " from " + origin + " in the spec");
    }
  }
}

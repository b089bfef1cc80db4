package dev.napkin.model.catalog;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.MoneyRate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dated prices Napkin falls back on when a spec's {@code cost} leaves them out, with the source
 * of every figure. {@code references} holds each price and each timing default as the catalog
 * states it; the typed fields are the prices the simulator computes with.
 */
public record PriceCatalog(
    LocalDate asOf,
    String currency,
    MoneyRate generalVcpuHour,
    MoneyRate batchVcpuHour,
    MoneyRate microBatchVcpuHour,
    MoneyRate streamingVcpuHour,
    MoneyRate streamingPerJobHour,
    double hoursPerMonth,
    List<Reference> references) {

  /** Where the assets module puts the catalog on the classpath. */
  public static final String BUNDLED_RESOURCE = "napkin/catalog/prices.yaml";

  public static final String GENERAL_VCPU_HOUR = "generalVcpuHour";
  public static final String BATCH_VCPU_HOUR = "batchVcpuHour";
  public static final String MICRO_BATCH_VCPU_HOUR = "microBatchVcpuHour";
  public static final String STREAMING_VCPU_HOUR = "streamingVcpuHour";
  public static final String STREAMING_PER_JOB_HOUR = "streamingPerJobHour";
  public static final String HOURS_PER_MONTH = "hoursPerMonth";

  private static volatile PriceCatalog bundled;

  public PriceCatalog {
    references = List.copyOf(references);
    if (!(hoursPerMonth > 0)) {
      throw new IllegalArgumentException("hours per month must be positive, got " + hoursPerMonth);
    }
  }

  /** The catalog shipped with Napkin, read once from the classpath. */
  public static PriceCatalog bundled() {
    PriceCatalog catalog = bundled;
    if (catalog == null) {
      synchronized (PriceCatalog.class) {
        catalog = bundled;
        if (catalog == null) {
          catalog = readBundled();
          bundled = catalog;
        }
      }
    }
    return catalog;
  }

  private static PriceCatalog readBundled() {
    try (InputStream in =
        PriceCatalog.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            BUNDLED_RESOURCE + " is not on the classpath (the assets module packages it)");
      }
      return read(in, BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
    }
  }

  /**
   * Reads a catalog in the bundled file's format; {@code origin} names it in error messages.
   *
   * @throws IllegalArgumentException when a field is missing or malformed, naming its path
   */
  public static PriceCatalog read(InputStream in, String origin) {
    return new PriceCatalogReader(origin).read(in);
  }

  /** The catalog's vCPU-hour price for a mode. */
  public MoneyRate vcpuHour(ExecutionMode mode) {
    return switch (mode) {
      case BATCH -> batchVcpuHour;
      case MICRO_BATCH -> microBatchVcpuHour;
      case STREAMING -> streamingVcpuHour;
    };
  }

  /** The key of the catalog entry behind {@link #vcpuHour(ExecutionMode)}. */
  public static String vcpuHourKey(ExecutionMode mode) {
    return switch (mode) {
      case BATCH -> BATCH_VCPU_HOUR;
      case MICRO_BATCH -> MICRO_BATCH_VCPU_HOUR;
      case STREAMING -> STREAMING_VCPU_HOUR;
    };
  }

  public Optional<Reference> reference(String key) {
    return references.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  public List<Reference> references(Reference.Section section) {
    return references.stream().filter(r -> r.section() == section).toList();
  }
}

package dev.napkin.simulator.cost;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.MoneyRate;
import java.util.Objects;

/**
 * Default prices (from a dated catalog) that a flow's own {@code cost} settings override: a
 * vCPU-hour per mode, the streaming per-job charge, and the hours in a month. {@code source} says
 * where they come from, for the report's assumptions.
 */
public record Prices(
    MoneyRate batchVcpuHour,
    MoneyRate microBatchVcpuHour,
    MoneyRate streamingVcpuHour,
    MoneyRate streamingPerJobHour,
    double hoursPerMonth,
    String source) {

  /** Hours in a month, by the AWS convention. */
  public static final double HOURS_PER_MONTH = 730;

  /**
   * SIMULATION.md's reference values: managed Spark 0.06 USD/vCPU-h, managed Flink 0.11 USD/vCPU-h
   * plus 0.11 USD/h per job (AWS us-east-1, on demand).
   */
  public static final Prices REFERENCE =
      new Prices(
          MoneyRate.usdPerHour("0.06"),
          MoneyRate.usdPerHour("0.06"),
          MoneyRate.usdPerHour("0.11"),
          MoneyRate.usdPerHour("0.11"),
          HOURS_PER_MONTH,
          "reference prices, AWS us-east-1 on demand");

  public Prices {
    Objects.requireNonNull(batchVcpuHour, "batchVcpuHour");
    Objects.requireNonNull(microBatchVcpuHour, "microBatchVcpuHour");
    Objects.requireNonNull(streamingVcpuHour, "streamingVcpuHour");
    Objects.requireNonNull(streamingPerJobHour, "streamingPerJobHour");
    Objects.requireNonNull(source, "source");
    if (!(hoursPerMonth > 0)) {
      throw new IllegalArgumentException("hours per month must be positive, got " + hoursPerMonth);
    }
  }

  /** The catalog's vCPU-hour price for a mode. */
  public MoneyRate vcpuHour(ExecutionMode mode) {
    return switch (mode) {
      case BATCH -> batchVcpuHour;
      case MICRO_BATCH -> microBatchVcpuHour;
      case STREAMING -> streamingVcpuHour;
    };
  }

  /** The catalog's per-job charge for a mode: streaming's, none for the others. */
  public MoneyRate perJobHour(ExecutionMode mode) {
    return mode == ExecutionMode.STREAMING ? streamingPerJobHour : MoneyRate.usdPerHour("0");
  }
}

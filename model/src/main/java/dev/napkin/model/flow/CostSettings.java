package dev.napkin.model.flow;

import dev.napkin.model.unit.Money;
import dev.napkin.model.unit.MoneyRate;
import java.util.Map;
import java.util.Optional;

/**
 * Prices set in the spec. What is absent comes from the bundled price catalog. {@code vcpuHour} is
 * one price for every mode; a mode's own price overrides it.
 */
public record CostSettings(
    Optional<MoneyRate> vcpuHour,
    ModePrices batch,
    ModePrices microBatch,
    ModePrices streaming,
    Map<NodeId, Money> monthly) {

  public static final CostSettings NONE =
      new CostSettings(
          Optional.empty(), ModePrices.NONE, ModePrices.NONE, ModePrices.NONE, Map.of());

  public CostSettings {
    monthly = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(monthly));
  }

  public CostSettings withVcpuHour(Optional<MoneyRate> value) {
    return new CostSettings(value, batch, microBatch, streaming, monthly);
  }

  /** These settings with {@code mode}'s own prices replaced. */
  public CostSettings with(ExecutionMode mode, ModePrices value) {
    return new CostSettings(
        vcpuHour,
        mode == ExecutionMode.BATCH ? value : batch,
        mode == ExecutionMode.MICRO_BATCH ? value : microBatch,
        mode == ExecutionMode.STREAMING ? value : streaming,
        monthly);
  }

  public CostSettings withMonthly(Map<NodeId, Money> value) {
    return new CostSettings(vcpuHour, batch, microBatch, streaming, value);
  }

  public ModePrices of(ExecutionMode mode) {
    return switch (mode) {
      case BATCH -> batch;
      case MICRO_BATCH -> microBatch;
      case STREAMING -> streaming;
    };
  }

  /** A mode's own prices; {@code perJobHour} only means something for streaming. */
  public record ModePrices(Optional<MoneyRate> vcpuHour, Optional<MoneyRate> perJobHour) {
    public static final ModePrices NONE = new ModePrices(Optional.empty(), Optional.empty());

    public ModePrices withVcpuHour(Optional<MoneyRate> value) {
      return new ModePrices(value, perJobHour);
    }

    public ModePrices withPerJobHour(Optional<MoneyRate> value) {
      return new ModePrices(vcpuHour, value);
    }
  }
}

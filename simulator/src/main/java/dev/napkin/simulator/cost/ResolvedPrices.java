package dev.napkin.simulator.cost;

import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.unit.Money;
import dev.napkin.model.unit.MoneyRate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The prices a flow is billed at. Precedence for a mode's vCPU-hour: the mode's own spec price
 * ({@code cost.batch.vcpuHour}), then the spec's {@code cost.vcpuHour}, then the catalog. The
 * per-job charge: the mode's own spec price, then the catalog (streaming only). Only USD is
 * supported, since results are reported in USD.
 */
public record ResolvedPrices(
    Map<ExecutionMode, ModePrice> modes,
    Map<NodeId, Money> monthly,
    double hoursPerMonth,
    String catalogSource) {

  public ResolvedPrices {
    modes = Map.copyOf(modes);
    monthly = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(monthly));
  }

  public static ResolvedPrices resolve(CostSettings spec, Prices catalog) {
    Map<ExecutionMode, ModePrice> modes = new EnumMap<>(ExecutionMode.class);
    String catalogLabel = "catalog: " + catalog.source();
    for (ExecutionMode mode : ExecutionMode.values()) {
      String key = "cost." + specKey(mode);
      CostSettings.ModePrices own = spec.of(mode);
      MoneyRate vcpu;
      String vcpuSource;
      if (own.vcpuHour().isPresent()) {
        vcpu = own.vcpuHour().get();
        vcpuSource = "spec " + key + ".vcpuHour";
      } else if (spec.vcpuHour().isPresent()) {
        vcpu = spec.vcpuHour().get();
        vcpuSource = "spec cost.vcpuHour";
      } else {
        vcpu = catalog.vcpuHour(mode);
        vcpuSource = catalogLabel;
      }
      MoneyRate perJob = own.perJobHour().orElse(catalog.perJobHour(mode));
      String perJobSource =
          own.perJobHour().isPresent() ? "spec " + key + ".perJobHour" : catalogLabel;
      requireUsd(vcpu, vcpuSource);
      requireUsd(perJob, perJobSource);
      modes.put(mode, new ModePrice(mode, vcpu, vcpuSource, perJob, perJobSource));
    }
    spec.monthly().forEach((node, money) -> requireUsd(money, "spec cost.monthly." + node));
    return new ResolvedPrices(modes, spec.monthly(), catalog.hoursPerMonth(), catalog.source());
  }

  public ModePrice of(ExecutionMode mode) {
    return modes.get(mode);
  }

  /** A node's fixed monthly cost, if the spec gives one. */
  public Optional<Money> monthly(NodeId node) {
    return Optional.ofNullable(monthly.get(node));
  }

  private static String specKey(ExecutionMode mode) {
    return switch (mode) {
      case BATCH -> "batch";
      case MICRO_BATCH -> "microBatch";
      case STREAMING -> "streaming";
    };
  }

  private static void requireUsd(MoneyRate rate, String where) {
    requireUsd(rate.perHour(), where);
  }

  private static void requireUsd(Money money, String where) {
    if (!money.currency().equals("USD")) {
      throw new IllegalArgumentException(
          where + ": only USD prices are supported (results are in USD), got " + money);
    }
  }
}

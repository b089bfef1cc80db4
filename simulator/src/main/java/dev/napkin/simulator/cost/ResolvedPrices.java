package dev.napkin.simulator.cost;

import dev.napkin.model.catalog.PriceCatalog;
import dev.napkin.model.catalog.Prices;
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

  public static ResolvedPrices resolve(CostSettings spec, Prices prices) {
    Map<ExecutionMode, ModePrice> modes = new EnumMap<>(ExecutionMode.class);
    for (ExecutionMode mode : ExecutionMode.values()) {
      Prices.Quote vcpu = prices.vcpuHourQuote(mode, spec);
      Prices.Quote perJob =
          mode == ExecutionMode.STREAMING
              ? prices.perJobHourQuote(spec)
              : new Prices.Quote(MoneyRate.usdPerHour("0"), "none", Optional.empty());
      requireUsd(vcpu.price(), describe(vcpu));
      requireUsd(perJob.price(), describe(perJob));
      modes.put(
          mode,
          new ModePrice(mode, vcpu.price(), describe(vcpu), perJob.price(), describe(perJob)));
    }
    spec.monthly().forEach((node, money) -> requireUsd(money, "spec cost.monthly." + node));
    PriceCatalog catalog = prices.catalog();
    return new ResolvedPrices(
        modes, spec.monthly(), prices.hoursPerMonth(), "catalog as of " + catalog.asOf());
  }

  /** Where a price came from: the spec field, or the catalog entry's source and date. */
  private static String describe(Prices.Quote quote) {
    return quote
        .reference()
        .map(r -> "catalog, as of " + r.asOf())
        .orElse(quote.origin().equals("none") ? "none" : "spec " + quote.origin());
  }

  public ModePrice of(ExecutionMode mode) {
    return modes.get(mode);
  }

  /** A node's fixed monthly cost, if the spec gives one. */
  public Optional<Money> monthly(NodeId node) {
    return Optional.ofNullable(monthly.get(node));
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

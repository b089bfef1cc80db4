package dev.napkin.simulator.cost;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.metrics.RunStats;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices what replications billed and scales it to a month: for each billing entry, vCPU-hours ×
 * the mode's vCPU-hour price plus job-hours × its per-job price, times (hours per month ÷ measured
 * hours); then the spec's fixed monthly costs per node. Replications are averaged before rounding
 * to the cent.
 */
public final class MonthlyCost {
  private static final double NANOS_PER_HOUR = 3.6e12;

  private final ResolvedPrices prices;

  public MonthlyCost(ResolvedPrices prices) {
    this.prices = prices;
  }

  /** The mean monthly cost of these replications of one mode, every node of the flow listed. */
  public CostBreakdown of(Flow flow, List<RunStats> replications) {
    if (replications.isEmpty()) {
      throw new IllegalArgumentException("no replications to price");
    }
    Map<NodeId, Double> byNode = new LinkedHashMap<>();
    for (Node node : flow.nodes()) {
      byNode.put(node.id(), 0.0);
    }
    double jobs = 0;
    for (RunStats stats : replications) {
      if (stats.billing().isEmpty()) {
        continue;
      }
      double scale = prices.hoursPerMonth() / measuredHours(stats);
      for (RunStats.Billing entry : stats.billing()) {
        ModePrice price = prices.of(entry.mode());
        double usd =
            (entry.vcpuHours() * price.vcpuHour().amountPerHour()
                    + entry.jobHours() * price.perJobHour().amountPerHour())
                * scale;
        if (entry.node().isPresent()) {
          byNode.merge(entry.node().get(), usd, Double::sum);
        } else {
          jobs += usd;
        }
      }
    }
    int n = replications.size();
    Map<NodeId, BigDecimal> result = new LinkedHashMap<>();
    byNode.forEach((node, usd) -> result.put(node, CostBreakdown.cents(usd / n)));
    prices.monthly().forEach((node, money) -> result.merge(node, money.amount(), BigDecimal::add));
    return new CostBreakdown(result, CostBreakdown.cents(jobs / n));
  }

  private static double measuredHours(RunStats stats) {
    if (stats.measuredNanos() <= 0) {
      throw new IllegalStateException(
          stats.mode() + ": a replication reported no measured time, so its cost cannot be scaled");
    }
    return stats.measuredNanos() / NANOS_PER_HOUR;
  }
}

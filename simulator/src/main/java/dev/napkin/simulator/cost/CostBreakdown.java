package dev.napkin.simulator.cost;

import dev.napkin.model.flow.NodeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cost per month in USD, to the cent: per node (workers and fixed monthly costs) and the per-job
 * charges, which belong to no node. The parts add up to {@code total} exactly.
 */
public record CostBreakdown(Map<NodeId, BigDecimal> byNode, BigDecimal jobs) {
  /** The label reports use for the per-job line. */
  public static final String JOBS_LABEL = "(jobs)";

  public CostBreakdown {
    Map<NodeId, BigDecimal> copy = new LinkedHashMap<>();
    byNode.forEach((node, usd) -> copy.put(node, cents(usd)));
    byNode = Collections.unmodifiableMap(copy);
    jobs = cents(jobs);
  }

  public BigDecimal total() {
    return byNode.values().stream().reduce(jobs, BigDecimal::add);
  }

  public double totalUsd() {
    return total().doubleValue();
  }

  static BigDecimal cents(BigDecimal usd) {
    return usd.setScale(2, RoundingMode.HALF_EVEN);
  }

  static BigDecimal cents(double usd) {
    if (!Double.isFinite(usd)) {
      throw new IllegalArgumentException("a cost must be finite, got " + usd);
    }
    return cents(new BigDecimal(usd));
  }
}

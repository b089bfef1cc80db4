package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.random.Sampler;
import dev.napkin.simulator.random.SplitMix64;
import java.util.function.DoubleUnaryOperator;

/**
 * A streaming stage in aggregate fidelity: instead of a FIFO queue shared by every record, each
 * unit draws its own stationary sojourn at the stage's utilisation at that moment, so a weighted
 * group never waits behind itself. The wait follows Pollaczek–Khinchine: it is zero with
 * probability 1 − P(wait), else the sum of 1 + Geometric(ρ) residual service times of the pooled
 * server (service / c). P(wait) is Erlang C, so the wait is exact for M/G/1 and for M/M/c, and the
 * usual M/G/c approximation otherwise. Arrivals other than Poisson scale it by Kingman's factor
 * (ca² + cs²)/(1 + cs²). When the offered load passes the capacity for a while (a peak above
 * capacity), the excess is a fluid backlog drained at capacity, and a unit also waits for the
 * backlog ahead of it.
 */
final class AnalyticQueue {
  /** The highest utilisation the stationary formula is used at; above it the fluid takes over. */
  private static final double MAX_STATIONARY_RHO = 0.995;

  private static final long FLUID_STEP = 1_000_000_000L;

  private final int servers;
  private final Sampler cost;
  private final double meanCost;
  private final double meanRho;
  private final DoubleUnaryOperator factor;
  private final double kingman;
  private final Residual residual;
  private final boolean fluid;
  private final double meanResidual;
  private double backlog;
  private long backlogAt;
  private double maxMeanInSystem;

  /**
   * @param meanRho the stage's long-run utilisation
   * @param factor the stage's offered load at a clock time relative to its mean
   * @param peakFactor the largest factor (a fluid backlog is tracked only if ρ·peak ≥ 1)
   * @param arrivalScv squared coefficient of variation of the gaps between arrivals (1: Poisson)
   */
  AnalyticQueue(
      int servers,
      Sampler cost,
      double meanRho,
      DoubleUnaryOperator factor,
      double peakFactor,
      double arrivalScv) {
    this.servers = servers;
    this.cost = cost;
    this.meanCost = cost.meanNanos();
    this.meanRho = meanRho;
    this.factor = factor;
    this.residual = Residual.of(cost);
    double scv = residual.scv();
    this.meanResidual = meanCost * (1 + scv) / 2;
    this.kingman = (arrivalScv + scv) / (1 + scv);
    this.fluid = meanRho * peakFactor >= MAX_STATIONARY_RHO;
  }

  /** The load at clock time t. */
  double rho(long now) {
    return meanRho * factor.applyAsDouble(now);
  }

  /**
   * One unit's time in the stage arriving at {@code now}: its wait plus its service, the cost of
   * one record or (a window's results moving as one unit) {@code count} times one draw.
   */
  long sojourn(long now, long count, boolean resultsUnit, SplitMix64 random) {
    double service = cost.quantile(random.nextDouble());
    if (resultsUnit) {
      service *= count;
    }
    double rho = Math.min(MAX_STATIONARY_RHO, rho(now));
    double wait = 0;
    if (rho > 0 && random.nextDouble() < erlangC(servers, rho)) {
      long residuals = 1 + (long) (StrictMath.log(random.nextDouble()) / StrictMath.log(rho));
      for (long k = 0; k < residuals; k++) {
        wait += residual.quantile(random.nextDouble()) / servers;
      }
      wait *= kingman;
    }
    double backlog = fluid ? fluidBacklog(now) : 0;
    wait += backlog * meanCost / servers;
    double pWait = rho > 0 ? erlangC(servers, rho) : 0;
    double meanWait = pWait * meanResidual / servers / (1 - rho) * kingman;
    double arrivalsPerNano = rho * servers / meanCost;
    maxMeanInSystem = Math.max(maxMeanInSystem, backlog + arrivalsPerNano * (meanWait + meanCost));
    return Sampler.toNanos(wait + service);
  }

  /**
   * The largest mean number in the stage seen at an arrival (Little: λ·(mean wait + mean service),
   * plus any fluid backlog): with weighted units the count in the stage jumps by a group's weight,
   * so its own maximum would say nothing.
   */
  long maxMeanInSystem() {
    return (long) StrictMath.ceil(maxMeanInSystem);
  }

  /** Records of fluid backlog at {@code now}, advanced forward from the last time asked. */
  private double fluidBacklog(long now) {
    while (backlogAt < now) {
      long step = Math.min(FLUID_STEP, now - backlogAt);
      double load = rho(backlogAt + step / 2);
      double capacityPerNano = servers / meanCost;
      backlog = Math.max(0, backlog + (load - 1) * capacityPerNano * step);
      backlogAt += step;
    }
    return backlog;
  }

  /** Erlang C: the probability that an arrival waits in an M/M/c queue at utilisation ρ. */
  static double erlangC(int c, double rho) {
    double a = c * rho;
    double b = 1;
    for (int k = 1; k <= c; k++) {
      b = a * b / (k + a * b);
    }
    return b / (1 - rho * (1 - b));
  }
}

package dev.napkin.model.dist;

import dev.napkin.model.unit.Duration;
import java.util.List;

/**
 * How a duration varies (a transform's {@code cost}, a source's {@code lateness}). A plain duration
 * in the spec is {@link Fixed}.
 */
public sealed interface Distribution
    permits Distribution.Fixed,
        Distribution.Exponential,
        Distribution.LogNormal,
        Distribution.Pareto,
        Distribution.Uniform,
        Distribution.Mixture {

  /** 2.326…: the standard normal's 99th percentile, which ties a lognormal's median to its p99. */
  double Z99 = 2.3263478740408408;

  /** The mean in seconds (infinite for a Pareto with alpha ≤ 1). */
  double meanSeconds();

  /** True when the tail is heavy: a Pareto part, or a p99 at least 10× the median. */
  boolean heavyTailed();

  /** The spec's name for this distribution, as in {@code dist: lognormal}. */
  String specName();

  static Distribution fixed(Duration value) {
    return new Fixed(value);
  }

  /** Always the same value. */
  record Fixed(Duration value) implements Distribution {
    @Override
    public double meanSeconds() {
      return value.seconds();
    }

    @Override
    public boolean heavyTailed() {
      return false;
    }

    @Override
    public String specName() {
      return "fixed";
    }
  }

  /** Exponential with the given mean. */
  record Exponential(Duration mean) implements Distribution {
    @Override
    public double meanSeconds() {
      return mean.seconds();
    }

    @Override
    public boolean heavyTailed() {
      return false; // p99 = ln(100) × mean ≈ 6.6 × median
    }

    @Override
    public String specName() {
      return "exponential";
    }
  }

  /** Lognormal given by its median and 99th percentile (p99 ≥ median). */
  record LogNormal(Duration median, Duration p99) implements Distribution {
    /** The log-space standard deviation. */
    public double sigma() {
      return median.isZero() ? 0 : StrictMath.log(p99.seconds() / median.seconds()) / Z99;
    }

    @Override
    public double meanSeconds() {
      double s = sigma();
      return median.seconds() * StrictMath.exp(s * s / 2);
    }

    @Override
    public boolean heavyTailed() {
      return p99.nanos() >= 10 * median.nanos();
    }

    @Override
    public String specName() {
      return "lognormal";
    }
  }

  /** Lomax (Pareto shifted to start at 0): P(X > x) = (1 + x/scale)^-alpha. */
  record Pareto(Duration scale, double alpha) implements Distribution {
    @Override
    public double meanSeconds() {
      return alpha > 1 ? scale.seconds() / (alpha - 1) : Double.POSITIVE_INFINITY;
    }

    @Override
    public boolean heavyTailed() {
      return true;
    }

    @Override
    public String specName() {
      return "pareto";
    }
  }

  /** Uniform between min and max. */
  record Uniform(Duration min, Duration max) implements Distribution {
    @Override
    public double meanSeconds() {
      return (min.seconds() + max.seconds()) / 2;
    }

    @Override
    public boolean heavyTailed() {
      return false;
    }

    @Override
    public String specName() {
      return "uniform";
    }
  }

  /** A weighted mixture; weights need not sum to 1 (they are normalized). */
  record Mixture(List<Component> of) implements Distribution {
    public Mixture {
      of = List.copyOf(of);
    }

    public double totalWeight() {
      return of.stream().mapToDouble(Component::weight).sum();
    }

    @Override
    public double meanSeconds() {
      double total = totalWeight();
      return of.stream().mapToDouble(c -> c.weight() / total * c.dist().meanSeconds()).sum();
    }

    @Override
    public boolean heavyTailed() {
      return of.stream().anyMatch(c -> c.dist().heavyTailed());
    }

    @Override
    public String specName() {
      return "mixture";
    }
  }

  /** One part of a mixture. */
  record Component(double weight, Distribution dist) {}
}

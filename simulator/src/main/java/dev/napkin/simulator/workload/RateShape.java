package dev.napkin.simulator.workload;

import dev.napkin.model.flow.Profile;

/**
 * How a source's rate varies: rate(t) = rate · factor(t), with factor averaging 1 over its cycle.
 * Records are placed by a time change: the arrival process runs at the constant rate in operational
 * time s, and a record at s happens at clock time t = H⁻¹(s), where H(t) = ∫₀ᵗ factor. A Poisson
 * process stays Poisson (non-homogeneous, with the profile's rate), and uniform or deterministic
 * gaps stretch and shrink with the profile.
 */
public interface RateShape {
  /** factor(t) at clock time t (nanoseconds). */
  double factor(double clockNanos);

  /** The largest factor. */
  double peakFactor();

  /** H(t): operational time at clock time t. */
  double operational(double clockNanos);

  /**
   * H⁻¹(s): the clock time at operational time s; {@code atLeast} is a clock time known to be at or
   * before the answer (the previous record's), which lets a search start close.
   */
  double clock(double operationalNanos, double atLeast);

  /** The shape of a constant, diurnal or bursts profile; traces are not shapes. */
  static RateShape of(Profile profile) {
    if (profile instanceof Profile.Diurnal d) {
      return new DiurnalShape(d.peak(), d.peakAt().nanos());
    }
    if (profile instanceof Profile.Bursts b) {
      return BurstShape.of(b.every().nanos(), b.duration().nanos(), b.factor());
    }
    if (profile instanceof Profile.Constant) {
      return ConstantShape.INSTANCE;
    }
    throw new IllegalArgumentException("a " + profile.specName() + " profile has no rate shape");
  }

  /** The same rate all the time. */
  enum ConstantShape implements RateShape {
    INSTANCE;

    @Override
    public double factor(double clockNanos) {
      return 1;
    }

    @Override
    public double peakFactor() {
      return 1;
    }

    @Override
    public double operational(double clockNanos) {
      return clockNanos;
    }

    @Override
    public double clock(double operationalNanos, double atLeast) {
      return operationalNanos;
    }
  }
}

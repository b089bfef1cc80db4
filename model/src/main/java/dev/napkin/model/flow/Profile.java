package dev.napkin.model.flow;

import dev.napkin.model.unit.Duration;

/** How a source's rate varies over simulated time; the mean stays the source's rate. */
public sealed interface Profile
    permits Profile.Constant, Profile.Diurnal, Profile.Bursts, Profile.Trace {

  Profile CONSTANT = new Constant();

  String specName();

  /** The same rate all the time (the default). */
  record Constant() implements Profile {
    @Override
    public String specName() {
      return "constant";
    }
  }

  /**
   * A daily cycle: {@code peak} is peak/mean (1 to 2), reached at {@code peakAt} (time of day;
   * simulated time 0 is 00:00).
   */
  record Diurnal(double peak, Duration peakAt) implements Profile {
    @Override
    public String specName() {
      return "diurnal";
    }
  }

  /**
   * Every {@code every}, for {@code duration}, the rate is multiplied by {@code factor} (mean
   * kept).
   */
  record Bursts(Duration every, Duration duration, double factor) implements Profile {
    @Override
    public String specName() {
      return "bursts";
    }
  }

  /** Arrivals replayed from a CSV beside the spec. */
  record Trace(String file) implements Profile {
    @Override
    public String specName() {
      return "trace";
    }
  }
}

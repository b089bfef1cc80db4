package dev.napkin.simulator.workload;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.simulator.random.Purpose;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.random.StreamKeys;

/**
 * Event times from an arrival process at a constant rate in operational time, mapped to clock time
 * through a {@link RateShape}. The first record comes one gap after time 0. The gap before record n
 * is drawn from record n's own stream, so it does not depend on anything else that was drawn.
 */
public final class RenewalEventTimes implements EventTimes {
  private final Arrivals arrivals;
  private final double meanGapNanos;
  private final RateShape shape;
  private final long sourceKey;
  private final RecordStreams streams;
  private double operational;
  private double clock;

  public RenewalEventTimes(
      Arrivals arrivals,
      double ratePerSecond,
      RateShape shape,
      long sourceKey,
      RecordStreams streams) {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("a source's rate must be above 0, not " + ratePerSecond);
    }
    this.arrivals = arrivals;
    this.meanGapNanos = 1e9 / ratePerSecond;
    this.shape = shape;
    this.sourceKey = sourceKey;
    this.streams = streams;
  }

  @Override
  public long next(long sequence) {
    operational += gap(sequence);
    clock = shape.clock(operational, clock);
    return clock >= EventTimes.NONE ? EventTimes.NONE : (long) StrictMath.floor(clock + 0.5);
  }

  private double gap(long sequence) {
    if (arrivals == Arrivals.DETERMINISTIC) {
      return meanGapNanos;
    }
    double u =
        streams
            .of(sourceKey, StreamKeys.sourceRecord(sourceKey, sequence), Purpose.ARRIVAL)
            .nextDouble();
    return arrivals == Arrivals.POISSON ? -meanGapNanos * StrictMath.log(u) : 2 * meanGapNanos * u;
  }
}

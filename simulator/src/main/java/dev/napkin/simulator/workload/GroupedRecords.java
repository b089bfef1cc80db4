package dev.napkin.simulator.workload;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Source;
import dev.napkin.simulator.random.NormalQuantile;
import dev.napkin.simulator.random.Purpose;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.random.Sampler;
import dev.napkin.simulator.random.SplitMix64;
import dev.napkin.simulator.random.StreamKeys;

/**
 * A source's records in weighted groups (aggregate fidelity). Group g holds the records whose event
 * times fall in [g·span, (g+1)·span): its integer count is drawn from the arrival process's count
 * over the slice (Poisson: exact Poisson; uniform gaps: normal with a third of the mean as
 * variance; deterministic: exact), from the group's own stream. The group moves as {@code L}
 * particles, each carrying an integer share of the count (the shares add up to the count), an event
 * time stratified over the slice and a lateness at a stratified quantile of the source's lateness
 * distribution, paired by a random permutation (Latin hypercube): so the group's event times and
 * lateness are spread as its records' are, not represented by one draw. Only the current group is
 * held: memory does not grow with the records.
 */
public final class GroupedRecords implements RecordSource {
  private static final double NANOS = 1e9;
  private static final long LAG_PERIOD = 1_000_000_000L;

  private final Source source;
  private final long sourceKey;
  private final RateShape shape;
  private final double ratePerNano;
  private final Sampler lateness;
  private final RecordStreams streams;
  private final long horizon;
  private final long span;
  private final int particles;
  private final NewestArrival newest;
  private final long[] eventTimes;
  private final long[] counts;
  private final long[] latenesses;
  private final int[] order;
  private long group = -1;
  private int index;
  private int size;
  private long sequence = -1;
  private boolean exhausted;

  public GroupedRecords(
      Source source, long sourceKey, RecordStreams streams, long horizon, GroupPlan plan) {
    this.source = source;
    this.sourceKey = sourceKey;
    this.shape = RateShape.of(source.profile());
    this.ratePerNano = source.rate().perSecond() / NANOS;
    this.lateness = QuantileTable.of(Sampler.of(source.latenessOrZero()), source.latenessOrZero());
    this.streams = streams;
    this.horizon = horizon;
    this.span = plan.spanNanos();
    this.particles = plan.particles();
    this.newest = NewestArrival.of(lateness, source.rate().perSecond());
    eventTimes = new long[particles];
    counts = new long[particles];
    latenesses = new long[particles];
    order = new int[particles];
  }

  @Override
  public Source source() {
    return source;
  }

  @Override
  public long sourceKey() {
    return sourceKey;
  }

  @Override
  public boolean advance() {
    if (exhausted) {
      return false;
    }
    index++;
    while (index >= size) {
      if (!nextGroup()) {
        exhausted = true;
        return false;
      }
    }
    sequence++;
    return true;
  }

  private boolean nextGroup() {
    group++;
    long from = group * span;
    if (from >= horizon) {
      return false;
    }
    long to = Math.min(horizon, from + span);
    SplitMix64 random =
        streams.of(sourceKey, StreamKeys.sourceRecord(sourceKey, group), Purpose.ARRIVAL);
    long n = count(from, to, random.nextDouble());
    for (int j = 0; j < particles; j++) {
      order[j] = j;
    }
    for (int j = particles - 1; j > 0; j--) {
      int k = (int) (random.nextDouble() * (j + 1));
      int swap = order[j];
      order[j] = order[k];
      order[k] = swap;
    }
    size = 0;
    double width = (to - from) / (double) particles;
    for (int j = 0; j < particles; j++) {
      long share = (j + 1) * n / particles - j * n / particles;
      double u = random.nextDouble();
      double v = random.nextDouble();
      if (share == 0) {
        continue;
      }
      eventTimes[size] = Math.min(to - 1, from + (long) ((j + u) * width));
      counts[size] = share;
      latenesses[size] =
          lateness.isFixed()
              ? lateness.sampleNanos(null)
              : Sampler.toNanos(lateness.quantile((order[j] + v) / particles));
      size++;
    }
    index = 0;
    return true;
  }

  /** Records of the arrival process with event times in [from, to). */
  private long count(long from, long to, double u) {
    double start = shape.operational(from) * ratePerNano;
    double end = shape.operational(to) * ratePerNano;
    double mean = end - start;
    Arrivals arrivals = source.arrivals();
    if (arrivals == Arrivals.DETERMINISTIC) {
      return (long) (StrictMath.ceil(end) - StrictMath.ceil(start));
    }
    double variance = arrivals == Arrivals.POISSON ? mean : mean / 3;
    if (arrivals == Arrivals.POISSON && mean < 30) {
      return poissonByInversion(mean, u);
    }
    double z = NormalQuantile.of(Math.max(1e-12, Math.min(1 - 1e-12, u)));
    return Math.max(0, (long) StrictMath.floor(mean + StrictMath.sqrt(variance) * z + 0.5));
  }

  private static long poissonByInversion(double mean, double u) {
    double p = StrictMath.exp(-mean);
    double cumulative = p;
    long k = 0;
    while (u > cumulative && k < 1000) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }

  @Override
  public long sequence() {
    return sequence;
  }

  @Override
  public long eventTime() {
    return eventTimes[index];
  }

  @Override
  public long id() {
    return StreamKeys.sourceRecord(sourceKey, sequence);
  }

  @Override
  public long lateness() {
    return latenesses[index];
  }

  @Override
  public long count() {
    return counts[index];
  }

  @Override
  public boolean grouped() {
    return true;
  }

  /**
   * One lag per second of clock time, from that second's own stream: the newest arrived record's
   * lag changes as records come in, and a draw held for a second keeps the watermark monotone
   * without taking the smallest of many draws.
   */
  @Override
  public long newestArrivalLag(long now) {
    long second = Math.floorDiv(now, LAG_PERIOD);
    return newest.lag(
        streams
            .of(sourceKey, StreamKeys.combine(sourceKey, second), Purpose.LATENESS)
            .nextDouble());
  }
}

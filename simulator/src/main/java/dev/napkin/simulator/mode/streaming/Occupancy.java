package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.metrics.BacklogSeries;
import java.util.Optional;

/**
 * A count that changes over simulated time (records in a stage, busy servers), with its time
 * integral and maximum over the measured period [from, to], and optionally the integral over time
 * in a {@link BacklogSeries}. Changes must come in time order.
 */
final class Occupancy {
  private final long from;
  private final long to;
  private long count;
  private long last;
  private double area;
  private long max;
  private final BacklogSeries series; // null: none
  // the series' current bucket, integrated here and handed over when time leaves it (one add per
  // change on the hot path instead of a call into the series)
  private int bucket;
  private long bucketEnd = Long.MAX_VALUE;
  private double bucketArea;
  private long observed;

  Occupancy(long from, long to) {
    this(from, to, Optional.empty());
  }

  Occupancy(long from, long to, Optional<BacklogSeries> series) {
    this.from = from;
    this.to = to;
    this.series = series.orElse(null);
    if (this.series != null) {
      bucketEnd = this.series.bucketEnd(0);
    }
  }

  void change(long now, long delta) {
    advance(now);
    count += delta;
    if (now >= from && now <= to && count > max) {
      max = count;
    }
  }

  /** Accumulates the integral up to {@code now}. */
  void advance(long now) {
    long a = Math.max(last, from);
    long b = Math.min(now, to);
    if (b > a) {
      double added = (double) count * (b - a);
      area += added;
      if (b <= bucketEnd) {
        bucketArea += added;
      } else {
        series.addToBucket(bucket, bucketArea, a);
        series.add(a, b, count);
        bucketArea = 0;
        bucket = series.bucketOf(b - 1);
        bucketEnd = series.bucketEnd(bucket);
      }
      observed = b;
    }
    last = Math.max(last, now);
  }

  /** Hands the last bucket's integral to the series (call once, at the end of the run). */
  void closeSeries() {
    if (series != null) {
      series.addToBucket(bucket, bucketArea, observed);
      bucketArea = 0;
    }
  }

  long count() {
    return count;
  }

  double area() {
    return area;
  }

  long max() {
    return max;
  }
}

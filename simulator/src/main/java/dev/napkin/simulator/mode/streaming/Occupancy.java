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
  private final Optional<BacklogSeries> series;

  Occupancy(long from, long to) {
    this(from, to, Optional.empty());
  }

  Occupancy(long from, long to, Optional<BacklogSeries> series) {
    this.from = from;
    this.to = to;
    this.series = series;
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
      area += (double) count * (b - a);
      if (series.isPresent()) {
        series.get().add(a, b, count);
      }
    }
    last = Math.max(last, now);
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

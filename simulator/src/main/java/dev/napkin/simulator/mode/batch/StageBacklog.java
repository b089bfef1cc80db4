package dev.napkin.simulator.mode.batch;

import dev.napkin.simulator.metrics.BacklogSeries;
import java.util.Arrays;
import java.util.Optional;

/**
 * The units at one stage (or sink) of a batch or micro-batch job over time, per SIMULATION.md's
 * stage model: a unit is there from when it reaches the stage (a source's or upstream job's unit:
 * when it arrived, so while it waits for its run; another stage's output: when that stage ended)
 * until the stage ends in the run that takes it (a sink: until it is visible). Arrivals from the
 * job's input come in time order; the changes a run's close schedules (later stage arrivals and
 * ends, all at or after the run's start) wait in a short sorted list and are applied in time order
 * as time passes. Keeps the exact time integral and maximum over the measured period [from, to],
 * and the same integral per time bucket in a {@link BacklogSeries} (backlog over time).
 */
final class StageBacklog {
  private final long from;
  private final long to;
  private final Optional<BacklogSeries> series;
  private long count;
  private long last = Long.MIN_VALUE;
  private double area;
  private long max;
  private long[] times = new long[8];
  private long[] deltas = new long[8];
  private int size;

  StageBacklog(long from, long to, Optional<BacklogSeries> series) {
    this.from = from;
    this.to = to;
    this.series = series;
  }

  /** {@code n} units reach the stage at {@code at} (not before any change applied so far). */
  void arrive(long at, long n) {
    applyUpTo(at);
    change(at, n);
  }

  /** A change at {@code at}, applied once time passes it (departures first at equal times). */
  void later(long at, long delta) {
    if (delta == 0) {
      return;
    }
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      deltas = Arrays.copyOf(deltas, size * 2);
    }
    int i = size++;
    while (i > 0 && (times[i - 1] > at || (times[i - 1] == at && deltas[i - 1] > delta))) {
      times[i] = times[i - 1];
      deltas[i] = deltas[i - 1];
      i--;
    }
    times[i] = at;
    deltas[i] = delta;
  }

  /** Applies every scheduled change at or before {@code t}. */
  void applyUpTo(long t) {
    int done = 0;
    while (done < size && times[done] <= t) {
      change(times[done], deltas[done]);
      done++;
    }
    if (done > 0) {
      System.arraycopy(times, done, times, 0, size - done);
      System.arraycopy(deltas, done, deltas, 0, size - done);
      size -= done;
    }
  }

  private void change(long now, long delta) {
    advance(now);
    count += delta;
    if (now >= from && now <= to) {
      max = Math.max(max, count);
    }
  }

  private void advance(long now) {
    if (last < from && now >= from) {
      // what was there at the start of the measured period counts for the maximum
      max = Math.max(max, count);
    }
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

  /** Applies everything left and closes the integral at the end of the measured period. */
  void finish() {
    applyUpTo(Long.MAX_VALUE);
    advance(Math.max(to, last));
  }

  double area() {
    return area;
  }

  long max() {
    return max;
  }

  long count() {
    return count;
  }
}

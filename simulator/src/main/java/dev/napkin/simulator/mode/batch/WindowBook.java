package dev.napkin.simulator.mode.batch;

import dev.napkin.model.flow.Window;
import java.util.Map;
import java.util.TreeMap;

/**
 * One aggregate's windows across the runs of a batch or micro-batch job. Window k covers [k·slide,
 * k·slide + size). Windows are emitted in order of their end, so every window up to {@link
 * #emittedUpTo} has been emitted (or was empty then): a record whose first window is among them is
 * late. A window holds its records' count and, of those, the measured ones it is the first window
 * of (they count as complete when it is emitted).
 */
final class WindowBook {
  private final long size;
  private final long slide;
  private final long allowedLateness;
  private final TreeMap<Long, long[]> pending = new TreeMap<>();
  private final TreeMap<Long, Long> refires = new TreeMap<>();
  private long emittedUpTo = Long.MIN_VALUE;

  WindowBook(Window window) {
    this.size = window.size().nanos();
    this.slide = window.slide().nanos();
    this.allowedLateness = window.allowedLateness().nanos();
  }

  /** How a record was taken in. */
  enum Outcome {
    ON_TIME,
    LATE,
    DROPPED
  }

  long firstWindow(long te) {
    return Math.floorDiv(te - size, slide) + 1;
  }

  long lastWindow(long te) {
    return Math.floorDiv(te, slide);
  }

  long end(long k) {
    return k * slide + size;
  }

  /**
   * Takes {@code count} records with event time te in, given the watermark (Long.MIN_VALUE: none)
   * and whether the record already missed its batch partition.
   */
  Outcome add(long te, long count, boolean measured, boolean missedPartition, long watermark) {
    long first = Math.max(firstWindow(te), Long.MIN_VALUE + 1);
    long last = lastWindow(te);
    if (watermark != Long.MIN_VALUE && end(last) + allowedLateness <= watermark) {
      return Outcome.DROPPED;
    }
    boolean late = missedPartition || first <= emittedUpTo;
    for (long k = first; k <= last; k++) {
      if (watermark != Long.MIN_VALUE && end(k) + allowedLateness <= watermark) {
        continue;
      }
      if (k <= emittedUpTo) {
        refires.merge(k, count, Long::sum);
      } else {
        long[] w = pending.computeIfAbsent(k, x -> new long[2]);
        w[0] += count;
        if (k == first && measured && !late) {
          w[1] += count;
        }
      }
    }
    return late ? Outcome.LATE : Outcome.ON_TIME;
  }

  /** A window result set: window index, records in it, measured records complete with it. */
  record Emission(long window, long records, long completeRecords, boolean refire) {}

  /**
   * Emits (and forgets) every pending window ending at or before {@code upTo}, then this run's
   * re-firings of windows emitted earlier, calling {@code sink} for each.
   */
  void emit(long upTo, java.util.function.Consumer<Emission> sink) {
    while (!pending.isEmpty() && end(pending.firstKey()) <= upTo) {
      Map.Entry<Long, long[]> e = pending.pollFirstEntry();
      sink.accept(new Emission(e.getKey(), e.getValue()[0], e.getValue()[1], false));
      emittedUpTo = Math.max(emittedUpTo, e.getKey());
    }
    if (upTo != Long.MIN_VALUE) {
      long lastEnded = Math.floorDiv(upTo - size, slide);
      emittedUpTo = Math.max(emittedUpTo, lastEnded);
    }
    while (!refires.isEmpty()) {
      Map.Entry<Long, Long> e = refires.pollFirstEntry();
      sink.accept(new Emission(e.getKey(), e.getValue(), 0, true));
    }
  }

  /** Whether some pending window would be emitted by a threshold of {@code upTo}. */
  boolean due(long upTo) {
    return !pending.isEmpty() && end(pending.firstKey()) <= upTo;
  }

  /** Records still waiting in windows that were never emitted. */
  long pendingRecords() {
    return pending.values().stream().mapToLong(w -> w[1]).sum();
  }
}

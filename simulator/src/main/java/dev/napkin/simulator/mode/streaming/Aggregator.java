package dev.napkin.simulator.mode.streaming;

import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.random.StreamKeys;
import java.util.List;

/**
 * An aggregate in streaming. Its cost is paid per input record (in {@link Stage}); once served, a
 * record is classified against the watermark the stage had before the record's own stamp:
 *
 * <ul>
 *   <li>on time: added to every window it belongs to;
 *   <li>late (its first window has fired, some window is not expired): counted late; fired,
 *       unexpired windows re-fire with one result (counted, not measured), open ones take it;
 *   <li>dropped (every window expired: watermark ≥ end + allowedLateness): counted dropped.
 * </ul>
 *
 * Then the record's stamp advances the watermark and every window whose end it reached fires: one
 * unit of min(keys, records in the window) results with event time = the window's end. Windows with
 * no records emit nothing. Late and dropped records count against the completeness of every sink
 * downstream; on-time records count for it.
 */
final class Aggregator implements StageLogic {
  private final int node;
  private final long key;
  private final long keys;
  private final WindowState windows;
  private final Watermarks watermarks;
  private final StreamingParts parts;
  private final RecordPool pool;
  private final NodeStats stats;
  private final SinkStats[] sinks;
  private long refires;

  Aggregator(
      int node,
      long key,
      Transform transform,
      Watermarks watermarks,
      StreamingParts parts,
      NodeStats stats,
      List<SinkStats> downstreamSinks) {
    Window w =
        transform
            .window()
            .orElseThrow(
                () ->
                    new IllegalArgumentException("aggregate " + transform.id() + " has no window"));
    if (transform.keys() <= 0) {
      throw new IllegalArgumentException("an aggregate needs keys ≥ 1, not " + transform.keys());
    }
    this.node = node;
    this.key = key;
    this.keys = transform.keys();
    this.windows =
        new WindowState(w.size().nanos(), w.slide().nanos(), w.allowedLateness().nanos());
    this.watermarks = watermarks;
    this.parts = parts;
    this.pool = parts.pool();
    this.stats = stats;
    this.sinks = downstreamSinks.toArray(SinkStats[]::new);
  }

  @Override
  public boolean process(int slot, long now) {
    long te = pool.eventTime(slot);
    long n = pool.count(slot);
    int input = pool.input(slot);
    long stamp = pool.stamp(slot);
    boolean missed = (pool.flags(slot) & RecordPool.LATE) != 0;
    // a late record re-fires with one result; a late group (aggregate fidelity) with one per record
    long refireResults = (pool.flags(slot) & RecordPool.WINDOW_RESULT) == 0 ? n : 1;
    pool.free(slot);

    long before = watermarks.current();
    boolean kept = classify(te, n, refireResults, parts.measured(te), missed, before, now);
    long after = watermarks.observe(input, stamp);
    if (after != before) {
      fire(before, after, now);
      windows.dropBelow(windows.firstUnexpired(after));
    }
    return kept;
  }

  /**
   * {@code missed}: the record missed its batch partition in an upstream job, so it is late; {@code
   * refireResults}: the results a re-firing of an already fired window carries.
   */
  private boolean classify(
      long te, long n, long refireResults, boolean measured, boolean missed, long w, long now) {
    long first = windows.firstWindow(te);
    long last = windows.lastWindow(te);
    long unexpired = windows.firstUnexpired(w);
    if (last < unexpired) {
      for (SinkStats sink : sinks) {
        if (measured) {
          sink.addDropped(n);
          sink.addCompleteness(n, 0);
        }
      }
      return false;
    }
    long unfired = windows.firstUnfired(w);
    boolean late = first < unfired || missed;
    for (long k = Math.max(first, unexpired); k <= last; k++) {
      if (k < unfired) {
        emit(k, refireResults, RecordPool.WINDOW_RESULT | RecordPool.REFIRE, w, now);
      } else {
        windows.add(k, n, k == first && measured && !late ? n : 0);
      }
    }
    if (late && measured) {
      for (SinkStats sink : sinks) {
        sink.addLate(n);
        sink.addCompleteness(n, 0);
      }
    }
    return true;
  }

  private void fire(long before, long after, long now) {
    if (windows.isEmpty()) {
      return;
    }
    long from = Math.max(windows.lowest(), windows.firstUnfired(before));
    long to = Math.min(windows.highest(), windows.firstUnfired(after));
    for (long k = from; k < to; k++) {
      long firsts = windows.takeFirsts(k);
      for (SinkStats sink : sinks) {
        sink.addCompleteness(firsts, firsts);
      }
      long n = windows.take(k);
      if (n > 0) {
        emit(k, Math.min(keys, n), RecordPool.WINDOW_RESULT, after, now);
      }
    }
  }

  private void emit(long k, long results, int flags, long stamp, long now) {
    int slot = pool.allocate();
    if (slot < 0) {
      parts.overload().poolFull(now);
      return;
    }
    long window = StreamKeys.combine(key, k);
    boolean refire = (flags & RecordPool.REFIRE) != 0;
    pool.id(slot, refire ? StreamKeys.derived(window, key, ++refires) : window);
    pool.eventTime(slot, windows.end(k));
    pool.count(slot, results);
    pool.flags(slot, flags);
    pool.stamp(slot, stamp);
    stats.addEmitted(1);
    parts.router().route(node, slot, now);
  }
}

package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.random.Purpose;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.random.StreamKeys;

/**
 * Every transform but an aggregate (map, filter, enrich, join, dedupe): each input record becomes
 * floor(s) outputs plus one more with probability frac(s) (s = selectivity, the coin drawn from the
 * record's own stream), each a new record (parent, stage, index) keeping the parent's event time. A
 * window's results moving as one unit of n stay one unit, of floor(n·s) + Bernoulli(frac(n·s)).
 * Outputs carry the stage's watermark.
 */
final class Mapper implements StageLogic {
  private final int node;
  private final long key;
  private final double selectivity;
  private final Watermarks watermarks;
  private final RecordPool pool;
  private final RecordStreams streams;
  private final Router router;
  private final NodeStats stats;
  private final Overload overload;

  Mapper(
      int node,
      long key,
      double selectivity,
      Watermarks watermarks,
      StreamingParts parts,
      NodeStats stats) {
    if (!(selectivity >= 0) || Double.isInfinite(selectivity)) {
      throw new IllegalArgumentException("selectivity must be 0 or more, not " + selectivity);
    }
    this.node = node;
    this.key = key;
    this.selectivity = selectivity;
    this.watermarks = watermarks;
    this.pool = parts.pool();
    this.streams = parts.streams();
    this.router = parts.router();
    this.stats = stats;
    this.overload = parts.overload();
  }

  @Override
  public boolean process(int slot, long now) {
    long w = watermarks.observe(pool.input(slot), pool.stamp(slot));
    long parent = pool.id(slot);
    long n = pool.count(slot);
    if (n != 1 || (pool.flags(slot) & (RecordPool.WINDOW_RESULT | RecordPool.REFIRE)) != 0) {
      long m = outputs(n * selectivity, parent);
      if (m == 0) {
        pool.free(slot);
      } else {
        pool.count(slot, m);
        pool.id(slot, StreamKeys.derived(parent, key, 0));
        pool.stamp(slot, w);
        stats.addEmitted(1);
        router.route(node, slot, now);
      }
      return true;
    }
    long k = outputs(selectivity, parent);
    if (k == 0) {
      pool.free(slot);
      return true;
    }
    for (long j = 0; j < k; j++) {
      int out = j == k - 1 ? slot : pool.copy(slot);
      if (out < 0) {
        pool.free(slot);
        overload.poolFull(now);
        return true;
      }
      pool.id(out, StreamKeys.derived(parent, key, j));
      pool.stamp(out, w);
      stats.addEmitted(1);
      router.route(node, out, now);
    }
    return true;
  }

  private long outputs(double expected, long parent) {
    long whole = (long) StrictMath.floor(expected);
    double fraction = expected - whole;
    if (fraction > 0 && streams.of(key, parent, Purpose.SELECTIVITY).nextDouble() < fraction) {
      whole++;
    }
    return whole;
  }
}

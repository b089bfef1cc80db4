package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.engine.EventLoop;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.random.Purpose;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.random.Sampler;
import java.util.Optional;

/**
 * A transform in streaming: one FIFO queue and {@code parallelism} servers. A record is served as
 * soon as a server is free; its service time is its cost draw (times the results it carries, for a
 * window's results moving as one unit). Node overhead does not apply. When service ends the stage
 * hands the record to its {@link StageLogic} and takes the next one from the queue.
 */
final class Stage {
  private final int node;
  private final long key;
  private final int servers;
  private final Sampler cost;
  private final NodeStats stats;
  private final EventLoop loop;
  private final RecordPool pool;
  private final RecordStreams streams;
  private final long measureFrom;
  private final long measureTo;
  private final IntRing queue = new IntRing();
  private final Occupancy inSystem;
  private final Occupancy busy;
  private StageLogic logic;
  private AnalyticQueue analytic;

  Stage(int node, long key, int servers, Sampler cost, NodeStats stats, StreamingParts parts) {
    if (servers <= 0) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + servers);
    }
    this.node = node;
    this.key = key;
    this.servers = servers;
    this.cost = cost;
    this.stats = stats;
    this.loop = parts.loop();
    this.pool = parts.pool();
    this.streams = parts.streams();
    this.measureFrom = parts.warmup();
    this.measureTo = parts.horizon();
    this.inSystem =
        new Occupancy(
            measureFrom,
            measureTo,
            measureTo > measureFrom
                ? Optional.of(stats.backlogSeries(measureFrom, measureTo))
                : Optional.empty());
    this.busy = new Occupancy(measureFrom, measureTo);
  }

  void logic(StageLogic value) {
    logic = value;
  }

  /** Aggregate fidelity: every unit draws its own stationary sojourn instead of queueing. */
  void analytic(AnalyticQueue queue) {
    analytic = queue;
  }

  /**
   * What a unit counts for in the stage's figures: a weighted group its records, a single record or
   * a window's results one (as exact fidelity counts them).
   */
  private long weight(int slot) {
    if (analytic == null || (pool.flags(slot) & RecordPool.WINDOW_RESULT) != 0) {
      return 1;
    }
    return pool.count(slot);
  }

  void arrive(int slot, long now) {
    long weight = weight(slot);
    stats.addArrived(weight);
    boolean measured = now >= measureFrom && now < measureTo;
    if (measured) {
      stats.addArrivedMeasured(weight);
    }
    pool.enteredAt(slot, now);
    inSystem.change(now, weight);
    if (analytic != null) {
      boolean results = (pool.flags(slot) & RecordPool.WINDOW_RESULT) != 0;
      long count = pool.count(slot);
      if (measured) {
        stats.addBusy(cost.meanNanos() * count);
      }
      long sojourn =
          analytic.sojourn(now, count, results, streams.of(key, pool.id(slot), Purpose.COST));
      loop.schedule(now + sojourn, StreamingRun.PRIORITY_DONE, StreamingRun.DONE, node, slot);
      return;
    }
    if (busy.count() < servers) {
      start(slot, now);
    } else {
      queue.add(slot);
    }
  }

  private void start(int slot, long now) {
    busy.change(now, 1);
    double draw =
        cost.isFixed()
            ? cost.sample(null)
            : cost.sample(streams.of(key, pool.id(slot), Purpose.COST));
    long service = Sampler.toNanos(draw * pool.count(slot));
    loop.schedule(now + service, StreamingRun.PRIORITY_DONE, StreamingRun.DONE, node, slot);
  }

  void complete(int slot, long now) {
    long weight = weight(slot);
    inSystem.change(now, -weight);
    long entered = pool.enteredAt(slot);
    if (entered >= measureFrom && entered < measureTo) {
      stats.addSojourn(now - entered, weight);
    }
    if (analytic == null) {
      busy.change(now, -1);
      if (!queue.isEmpty()) {
        start(queue.poll(), now);
      }
    }
    if (logic.process(slot, now)) {
      stats.addDeparted(weight);
    } else {
      stats.addDropped(weight);
    }
  }

  /** Records waiting or in service. */
  long inSystem() {
    return inSystem.count();
  }

  int node() {
    return node;
  }

  /** Closes the books at the end of the run. */
  void finish(long end) {
    inSystem.advance(end);
    inSystem.closeSeries();
    busy.advance(end);
    stats.setInFlightAtEnd(inSystem.count());
    stats.addInSystem(inSystem.area());
    stats.addBusy(busy.area());
    stats.observeBacklog(analytic == null ? inSystem.max() : analytic.maxMeanInSystem());
  }
}

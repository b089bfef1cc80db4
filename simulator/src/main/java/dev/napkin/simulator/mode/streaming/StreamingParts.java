package dev.napkin.simulator.mode.streaming;

import dev.napkin.simulator.engine.EventLoop;
import dev.napkin.simulator.random.RecordStreams;

/**
 * What the parts of one streaming run share: the clock, the record pool, the random streams, the
 * router, who to tell when the pool is full, and the measured period [warmup, horizon).
 */
record StreamingParts(
    EventLoop loop,
    RecordPool pool,
    RecordStreams streams,
    Router router,
    Overload overload,
    long warmup,
    long horizon) {

  /** True when a record (or result) with this event time is measured. */
  boolean measured(long eventTime) {
    return eventTime >= warmup;
  }

  /** True when an arrival at this time falls in the measured period. */
  boolean inMeasuredPeriod(long time) {
    return time >= warmup && time < horizon;
  }
}

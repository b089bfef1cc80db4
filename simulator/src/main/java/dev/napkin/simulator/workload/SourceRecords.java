package dev.napkin.simulator.workload;

import dev.napkin.model.flow.Source;
import dev.napkin.simulator.random.Purpose;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.random.Sampler;
import dev.napkin.simulator.random.StreamKeys;

/**
 * One source's records, produced lazily in event-time order, one at a time: never all in memory.
 * Record n (from 0) has identity (source, n), an event time te from the source's {@link
 * EventTimes}, and a lateness D ≥ 0 from its own stream: it arrives at te + D. Only records with te
 * before the horizon exist (at the horizon arrivals stop; late ones still arrive after it).
 */
public final class SourceRecords implements RecordSource {
  private final Source source;
  private final long sourceKey;
  private final EventTimes times;
  private final Sampler lateness;
  private final RecordStreams streams;
  private final long horizon;
  private long sequence = -1;
  private long eventTime;
  private boolean exhausted;

  public SourceRecords(
      Source source, long sourceKey, EventTimes times, RecordStreams streams, long horizon) {
    this.source = source;
    this.sourceKey = sourceKey;
    this.times = times;
    this.lateness = Sampler.of(source.latenessOrZero());
    this.streams = streams;
    this.horizon = horizon;
  }

  @Override
  public Source source() {
    return source;
  }

  @Override
  public long sourceKey() {
    return sourceKey;
  }

  /** Moves to the next record; false (for good) once the source has none before the horizon. */
  @Override
  public boolean advance() {
    if (exhausted) {
      return false;
    }
    long t = times.next(sequence + 1);
    if (t >= horizon) {
      exhausted = true;
      return false;
    }
    sequence++;
    eventTime = t;
    return true;
  }

  /** The current record's sequence number at its source. */
  @Override
  public long sequence() {
    return sequence;
  }

  /** The current record's event time te (nanoseconds). */
  @Override
  public long eventTime() {
    return eventTime;
  }

  /** The current record's identity. */
  @Override
  public long id() {
    return StreamKeys.sourceRecord(sourceKey, sequence);
  }

  /** The current record's lateness D: it arrives at te + D. */
  @Override
  public long lateness() {
    if (lateness.isFixed()) {
      return lateness.sampleNanos(null);
    }
    return lateness.sampleNanos(streams.of(sourceKey, id(), Purpose.LATENESS));
  }
}

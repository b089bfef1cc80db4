package dev.napkin.simulator.workload;

import dev.napkin.model.flow.Source;

/**
 * One source's records in event-time order, produced lazily: single records ({@link SourceRecords},
 * exact fidelity) or weighted groups of records ({@link GroupedRecords}, aggregate fidelity). The
 * cursor is on the current unit after {@link #advance()}.
 */
public interface RecordSource {
  Source source();

  long sourceKey();

  /** Moves to the next unit; false (for good) once the source has none before the horizon. */
  boolean advance();

  /** The current unit's sequence number at its source. */
  long sequence();

  /** The current unit's event time te (nanoseconds). */
  long eventTime();

  /** The current unit's identity (keys its random streams). */
  long id();

  /** The current unit's lateness D: it arrives at te + D. */
  long lateness();

  /** How many records the current unit stands for (1 for a single record). */
  default long count() {
    return 1;
  }

  /** True when units are weighted groups (aggregate fidelity). */
  default boolean grouped() {
    return false;
  }

  /**
   * How far the newest event time that has arrived by {@code now} trails it when records arrive at
   * this source's rate (grouped sources only: with single records the watermark comes from the
   * records themselves); −1 when not known.
   */
  default long newestArrivalLag(long now) {
    return -1;
  }
}

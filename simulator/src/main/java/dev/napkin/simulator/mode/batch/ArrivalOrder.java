package dev.napkin.simulator.mode.batch;

import dev.napkin.simulator.workload.RecordSource;
import java.util.List;

/**
 * Every source's records merged into arrival order (te + D), generated lazily: a source is read
 * ahead only while its next event time could still arrive before the earliest pending arrival, so
 * memory grows with rate × lateness, never with the number of records or the batch period. Ties:
 * earlier event time, then source order, then sequence. No object is made per record: {@link
 * #nextBy} leaves the record readable through {@link #source()}, {@link #id()} and {@link
 * #eventTime()}.
 */
final class ArrivalOrder {
  private final List<? extends RecordSource> sources;
  private final boolean[] exhausted;
  private final ArrivalHeap pending = new ArrivalHeap();

  /** Per source, its read-ahead record: event time, identity, arrival time and sequence. */
  private final long[] nextEventTime;

  private final long[] nextId;
  private final long[] nextArrival;
  private final long[] nextSequence;
  private final long[] nextCount;

  ArrivalOrder(List<? extends RecordSource> sources) {
    int n = sources.size();
    this.sources = sources;
    this.exhausted = new boolean[n];
    this.nextEventTime = new long[n];
    this.nextId = new long[n];
    this.nextArrival = new long[n];
    this.nextSequence = new long[n];
    this.nextCount = new long[n];
    for (int s = 0; s < n; s++) {
      readAhead(s);
    }
  }

  private void readAhead(int s) {
    RecordSource records = sources.get(s);
    if (!records.advance()) {
      exhausted[s] = true;
      return;
    }
    long te = records.eventTime();
    nextEventTime[s] = te;
    nextId[s] = records.id();
    nextArrival[s] = te + records.lateness();
    nextSequence[s] = records.sequence();
    nextCount[s] = records.count();
  }

  private void pushReadAhead(int s) {
    pending.add(s, nextId[s], nextEventTime[s], nextArrival[s], nextSequence[s], nextCount[s]);
    readAhead(s);
  }

  /**
   * Reads ahead, earliest next event time first, only while an unread record could still come
   * before the heap's head: afterwards every unread record has te, so an arrival, after min(t,
   * head's arrival). The heap so holds about rate × lateness records, not a whole period's.
   */
  private void fill(long t) {
    while (true) {
      int s = earliestUnread();
      if (s < 0) {
        return;
      }
      long te = nextEventTime[s];
      if (te > t || (!pending.isEmpty() && te > pending.headArrival())) {
        return;
      }
      pushReadAhead(s);
    }
  }

  /** The source whose next unread record has the earliest event time (first on ties), or −1. */
  private int earliestUnread() {
    int best = -1;
    for (int s = 0; s < exhausted.length; s++) {
      if (!exhausted[s] && (best < 0 || nextEventTime[s] < nextEventTime[best])) {
        best = s;
      }
    }
    return best;
  }

  /**
   * The arrival time of the next record if it arrives at or before {@code t} (reading ahead as
   * {@link #nextBy} does), else Long.MAX_VALUE; takes nothing.
   */
  long nextArrival(long t) {
    fill(t);
    return pending.isEmpty() || pending.headArrival() > t ? Long.MAX_VALUE : pending.headArrival();
  }

  /** Takes the next record arriving at or before {@code t}, in arrival order; false if none. */
  boolean nextBy(long t) {
    fill(t);
    if (pending.isEmpty() || pending.headArrival() > t) {
      return false;
    }
    pending.poll();
    return true;
  }

  /** The taken record's source (position among the flow's sources). */
  int source() {
    return pending.source();
  }

  /** The taken record's identity. */
  long id() {
    return pending.id();
  }

  /** The taken record's event time. */
  long eventTime() {
    return pending.eventTime();
  }

  /** How many records the taken unit stands for (1 unless grouped). */
  long count() {
    return pending.count();
  }

  /** Whether a source's units are weighted groups. */
  boolean grouped(int source) {
    return sources.get(source).grouped();
  }

  /** How far the newest arrived event time of a source trails the clock (−1: from its units). */
  long newestArrivalLag(int source, long now) {
    return sources.get(source).newestArrivalLag(now);
  }

  /** The most units waiting to arrive at once. */
  long peakPending() {
    return pending.peak();
  }

  /** The taken record's arrival time (te + D). */
  long arrival() {
    return pending.arrival();
  }

  /** Records generated (te before the horizon) that have not been handed out. */
  long remaining() {
    long count = pending.records();
    for (int s = 0; s < sources.size(); s++) {
      while (!exhausted[s]) {
        count += nextCount[s];
        readAhead(s);
      }
    }
    return count;
  }
}

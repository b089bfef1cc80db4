package dev.napkin.simulator.mode.batch;

import dev.napkin.simulator.workload.SourceRecords;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Every source's records merged into arrival order (te + D), generated lazily: a source is read
 * ahead only while its next event time could still arrive before the earliest pending arrival, so
 * memory grows with rate × lateness, never with the number of records or the batch period. Ties:
 * earlier event time, then source order, then sequence.
 */
final class ArrivalOrder {
  /** One arrived record: its source (position among the flow's sources), identity and times. */
  record Arrival(int source, long id, long eventTime, long arrivalTime, long sequence) {}

  private final List<SourceRecords> sources;
  private final boolean[] exhausted;
  private final PriorityQueue<Arrival> pending =
      new PriorityQueue<>(
          (a, b) -> {
            int c = Long.compare(a.arrivalTime, b.arrivalTime);
            if (c != 0) {
              return c;
            }
            c = Long.compare(a.eventTime, b.eventTime);
            if (c != 0) {
              return c;
            }
            c = Integer.compare(a.source, b.source);
            return c != 0 ? c : Long.compare(a.sequence, b.sequence);
          });
  private final long[] nextEventTime;
  private final Arrival[] lookahead;

  ArrivalOrder(List<SourceRecords> sources) {
    this.sources = sources;
    this.exhausted = new boolean[sources.size()];
    this.nextEventTime = new long[sources.size()];
    this.lookahead = new Arrival[sources.size()];
    for (int s = 0; s < sources.size(); s++) {
      readAhead(s);
    }
  }

  private void readAhead(int s) {
    SourceRecords records = sources.get(s);
    if (!records.advance()) {
      exhausted[s] = true;
      lookahead[s] = null;
      return;
    }
    long te = records.eventTime();
    lookahead[s] = new Arrival(s, records.id(), te, te + records.lateness(), records.sequence());
    nextEventTime[s] = te;
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
      Arrival head = pending.peek();
      if (te > t || (head != null && te > head.arrivalTime)) {
        return;
      }
      pending.add(lookahead[s]);
      readAhead(s);
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

  /** The next record arriving at or before {@code t}, in arrival order, or null if none. */
  Arrival nextBy(long t) {
    fill(t);
    Arrival head = pending.peek();
    if (head == null || head.arrivalTime > t) {
      return null;
    }
    return pending.poll();
  }

  /** Records generated (te before the horizon) that have not been handed out. */
  long remaining() {
    long count = pending.size();
    for (int s = 0; s < sources.size(); s++) {
      while (!exhausted[s]) {
        count++;
        readAhead(s);
      }
    }
    return count;
  }
}

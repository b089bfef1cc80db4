package dev.napkin.simulator.mode.batch;

import dev.napkin.simulator.mode.Crossing;
import java.util.List;

/**
 * What a batch or micro-batch job takes, in arrival order: the records of the sources it reads
 * ({@link ArrivalOrder}) and, in a hybrid flow, the units crossing from upstream jobs, which arrive
 * when the upstream job made them visible. Inputs are numbered: sources first (their position in
 * the job's source list), then crossings. On equal arrival times source records come first, then
 * crossings in edge order. With no crossing this is exactly the ArrivalOrder. A source's weighted
 * group (aggregate fidelity) comes with its count and the {@link Crossing#GROUP} flag.
 */
final class JobInputs {
  private final ArrivalOrder sources;
  private final int sourceCount;
  private final Crossing[] crossings;
  private final int[] cursor;
  private int input;
  private long id;
  private long eventTime;
  private long arrival;
  private long count;
  private int flags;

  JobInputs(ArrivalOrder sources, int sourceCount, List<Crossing> crossings) {
    this.sources = sources;
    this.sourceCount = sourceCount;
    this.crossings = crossings.toArray(Crossing[]::new);
    this.cursor = new int[this.crossings.length];
  }

  /** How many inputs: sources, then crossings. */
  int inputCount() {
    return sourceCount + crossings.length;
  }

  /** Whether input {@code i} is a source (else a crossing). */
  boolean isSource(int i) {
    return i < sourceCount;
  }

  /** The crossing behind input {@code i}. */
  Crossing crossing(int i) {
    return crossings[i - sourceCount];
  }

  /** Takes the next unit arriving at or before {@code t}; false if none. */
  boolean nextBy(long t) {
    if (crossings.length == 0) {
      return takeSource(t);
    }
    long best = sources.nextArrival(t);
    int from = -1;
    for (int c = 0; c < crossings.length; c++) {
      Crossing x = crossings[c];
      if (cursor[c] < x.size() && x.visible(cursor[c]) <= t && x.visible(cursor[c]) < best) {
        best = x.visible(cursor[c]);
        from = c;
      }
    }
    if (from < 0) {
      return takeSource(t);
    }
    Crossing x = crossings[from];
    int u = cursor[from]++;
    input = sourceCount + from;
    id = x.id(u);
    eventTime = x.eventTime(u);
    arrival = x.visible(u);
    count = x.count(u);
    flags = x.flags(u);
    return true;
  }

  private boolean takeSource(long t) {
    if (!sources.nextBy(t)) {
      return false;
    }
    input = sources.source();
    id = sources.id();
    eventTime = sources.eventTime();
    arrival = sources.arrival();
    count = sources.count();
    flags = sources.grouped(input) ? Crossing.GROUP : 0;
    return true;
  }

  /**
   * How far the newest event time arrived at input {@code i} trails {@code now}, for a source of
   * weighted groups; −1 otherwise (the units' own event times say it).
   */
  long newestArrivalLag(int i, long now) {
    return isSource(i) ? sources.newestArrivalLag(i, now) : -1;
  }

  /** The most source units waiting to arrive at once. */
  long peakPending() {
    return sources.peakPending();
  }

  /** The taken unit's input: a source's position, or sourceCount + the crossing's position. */
  int input() {
    return input;
  }

  long id() {
    return id;
  }

  long eventTime() {
    return eventTime;
  }

  /** When the taken unit arrived (a crossing's unit: when the upstream job made it visible). */
  long arrival() {
    return arrival;
  }

  long count() {
    return count;
  }

  /** The taken unit's {@link Crossing} flags (0 for a source's single record). */
  int flags() {
    return flags;
  }
}

package dev.napkin.simulator.mode.batch;

import java.util.Arrays;

/**
 * A growable list of (event time, count, flags, identity) units waiting at a sink for their run to
 * end.
 */
final class UnitBuffer {
  private long[] eventTimes = new long[64];
  private long[] counts = new long[64];
  private int[] flags = new int[64];
  private long[] ids = new long[64];
  private int size;

  void add(long eventTime, long count, int flag) {
    add(eventTime, count, flag, 0);
  }

  void add(long eventTime, long count, int flag, long id) {
    if (size == eventTimes.length) {
      int n = size * 2;
      ids = Arrays.copyOf(ids, n);
      eventTimes = Arrays.copyOf(eventTimes, n);
      counts = Arrays.copyOf(counts, n);
      flags = Arrays.copyOf(flags, n);
    }
    eventTimes[size] = eventTime;
    counts[size] = count;
    flags[size] = flag;
    ids[size] = id;
    size++;
  }

  int size() {
    return size;
  }

  long eventTime(int i) {
    return eventTimes[i];
  }

  long count(int i) {
    return counts[i];
  }

  long id(int i) {
    return ids[i];
  }

  int flags(int i) {
    return flags[i];
  }

  void clear() {
    size = 0;
  }
}

package dev.napkin.simulator.mode.streaming;

import java.util.Arrays;

/**
 * Records in flight, as slots in parallel primitive arrays (no object per record): identity, event
 * time, the watermark it carries, when it entered its current node, how many results it stands for,
 * which input it came in by, and flags. Freed slots are reused. {@link #allocate()} returns −1 once
 * {@code maxLive} records are in flight, so a backlog can never exhaust memory.
 */
final class RecordPool {
  /** The unit is the results of a window firing. */
  static final int WINDOW_RESULT = 1;

  /** The unit is a late re-firing's result (counted, not measured). */
  static final int REFIRE = 2;

  /** The record missed its batch partition in an upstream job (late against completeness). */
  static final int LATE = 4;

  private final int maxLive;
  private long[] id;
  private long[] eventTime;
  private long[] stamp;
  private long[] enteredAt;
  private long[] count;
  private int[] input;
  private byte[] flags;
  private int[] free;
  private int freeCount;
  private int capacity;
  private int live;
  private int peak;

  RecordPool(int initialCapacity, int maxLive) {
    this.maxLive = maxLive;
    capacity = 0;
    id = new long[0];
    eventTime = new long[0];
    stamp = new long[0];
    enteredAt = new long[0];
    count = new long[0];
    input = new int[0];
    flags = new byte[0];
    free = new int[0];
    grow(Math.max(16, Math.min(initialCapacity, maxLive)));
  }

  private void grow(int newCapacity) {
    id = Arrays.copyOf(id, newCapacity);
    eventTime = Arrays.copyOf(eventTime, newCapacity);
    stamp = Arrays.copyOf(stamp, newCapacity);
    enteredAt = Arrays.copyOf(enteredAt, newCapacity);
    count = Arrays.copyOf(count, newCapacity);
    input = Arrays.copyOf(input, newCapacity);
    flags = Arrays.copyOf(flags, newCapacity);
    free = Arrays.copyOf(free, newCapacity);
    for (int s = newCapacity - 1; s >= capacity; s--) {
      free[freeCount++] = s;
    }
    capacity = newCapacity;
  }

  /** A fresh slot, or −1 when {@code maxLive} records are already in flight. */
  int allocate() {
    if (live >= maxLive) {
      return -1;
    }
    if (freeCount == 0) {
      grow((int) Math.min(maxLive, 2L * capacity));
    }
    live++;
    peak = Math.max(peak, live);
    int slot = free[--freeCount];
    count[slot] = 1;
    flags[slot] = 0;
    return slot;
  }

  /** A new slot holding a copy of {@code slot}, or −1 when full. */
  int copy(int slot) {
    int c = allocate();
    if (c >= 0) {
      id[c] = id[slot];
      eventTime[c] = eventTime[slot];
      stamp[c] = stamp[slot];
      enteredAt[c] = enteredAt[slot];
      count[c] = count[slot];
      input[c] = input[slot];
      flags[c] = flags[slot];
    }
    return c;
  }

  void free(int slot) {
    free[freeCount++] = slot;
    live--;
  }

  /** The most slots in use at once. */
  int peak() {
    return peak;
  }

  int live() {
    return live;
  }

  long id(int s) {
    return id[s];
  }

  void id(int s, long value) {
    id[s] = value;
  }

  long eventTime(int s) {
    return eventTime[s];
  }

  void eventTime(int s, long value) {
    eventTime[s] = value;
  }

  long stamp(int s) {
    return stamp[s];
  }

  void stamp(int s, long value) {
    stamp[s] = value;
  }

  long enteredAt(int s) {
    return enteredAt[s];
  }

  void enteredAt(int s, long value) {
    enteredAt[s] = value;
  }

  long count(int s) {
    return count[s];
  }

  void count(int s, long value) {
    count[s] = value;
  }

  int input(int s) {
    return input[s];
  }

  void input(int s, int value) {
    input[s] = value;
  }

  int flags(int s) {
    return flags[s];
  }

  void flags(int s, int value) {
    flags[s] = (byte) value;
  }
}

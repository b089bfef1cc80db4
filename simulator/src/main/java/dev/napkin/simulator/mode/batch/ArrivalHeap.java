package dev.napkin.simulator.mode.batch;

import java.util.Arrays;

/**
 * Records waiting to arrive, as a binary min-heap of primitive slots (no object per record),
 * ordered by arrival time, then event time, then source, then sequence. {@link #poll()} leaves the
 * taken record readable through {@link #source()}, {@link #id()} and {@link #eventTime()}.
 */
final class ArrivalHeap {
  private static final int MAX_SOURCES = 1 << 15;

  /** Heap entries (slots), ordered. */
  private int[] heap = new int[1024];

  private long[] arrival = new long[1024];
  private long[] eventTime = new long[1024];

  /** Per slot: source << 48 | sequence, the last two tie-breakers in one comparison. */
  private long[] order = new long[1024];

  private long[] id = new long[1024];

  /** Per slot: how many records the unit stands for (1 for a single record). */
  private long[] count = new long[1024];

  /** Free slots, used as a stack: while n records wait, n slots are taken. */
  private int[] free = new int[1024];

  private int size;
  private int peak;

  private int polledSource;
  private long polledId;
  private long polledEventTime;
  private long polledCount;
  private long polledArrival;

  ArrivalHeap() {
    for (int i = 0; i < free.length; i++) {
      free[i] = free.length - 1 - i;
    }
  }

  int size() {
    return size;
  }

  /** The most units waiting at once. */
  int peak() {
    return peak;
  }

  /** Records waiting: the units' counts added up. */
  long records() {
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += count[heap[i]];
    }
    return sum;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The earliest arrival time; the heap must not be empty. */
  long headArrival() {
    return arrival[heap[0]];
  }

  void add(int source, long recordId, long te, long arrivalTime, long sequence) {
    add(source, recordId, te, arrivalTime, sequence, 1);
  }

  void add(int source, long recordId, long te, long arrivalTime, long sequence, long units) {
    if (source >= MAX_SOURCES) {
      throw new IllegalArgumentException("too many sources: " + source);
    }
    if (size == heap.length) {
      int capacity = size * 2;
      heap = Arrays.copyOf(heap, capacity);
      arrival = Arrays.copyOf(arrival, capacity);
      eventTime = Arrays.copyOf(eventTime, capacity);
      order = Arrays.copyOf(order, capacity);
      id = Arrays.copyOf(id, capacity);
      count = Arrays.copyOf(count, capacity);
      free = new int[capacity];
      for (int i = 0; i < capacity - size; i++) {
        free[i] = capacity - 1 - i;
      }
    }
    int slot = free[heap.length - size - 1];
    arrival[slot] = arrivalTime;
    eventTime[slot] = te;
    order[slot] = ((long) source << 48) | sequence;
    id[slot] = recordId;
    count[slot] = units;
    int i = size++;
    peak = Math.max(peak, size);
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(slot, heap[parent])) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = slot;
  }

  /** Takes the head. */
  void poll() {
    int head = heap[0];
    polledSource = (int) (order[head] >>> 48);
    polledId = id[head];
    polledEventTime = eventTime[head];
    polledCount = count[head];
    polledArrival = arrival[head];
    free[heap.length - size] = head;
    size--;
    if (size > 0) {
      siftDown(heap[size]);
    }
  }

  int source() {
    return polledSource;
  }

  long id() {
    return polledId;
  }

  long eventTime() {
    return polledEventTime;
  }

  long count() {
    return polledCount;
  }

  long arrival() {
    return polledArrival;
  }

  private void siftDown(int slot) {
    int n = size;
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && before(heap[child + 1], heap[child])) {
        child++;
      }
      if (!before(heap[child], slot)) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = slot;
  }

  private boolean before(int a, int b) {
    long x = arrival[a];
    long y = arrival[b];
    if (x != y) {
      return x < y;
    }
    x = eventTime[a];
    y = eventTime[b];
    return x != y ? x < y : order[a] < order[b];
  }
}

package dev.napkin.simulator.engine;

import java.util.Arrays;

/**
 * The future-event list: a 4-ary min-heap of primitive longs, so no object is allocated per event.
 * Events are ordered by time, then priority, then the order they were scheduled in, so equal-time
 * events come out in a fixed order (deterministic runs).
 *
 * <p>The heap holds only (time, handle) pairs, 16 bytes per event, so a parent's four children fill
 * about one cache line and a sift touches one line per level. The handle indexes side arrays with
 * the tie-breaker and the payload; those are read only on equal times and when an event is taken.
 * Handles are reused last-in first-out, so the side arrays stay warm in the cache.
 *
 * <p>An event's payload is a type (0..255), a target index (0..2^24-1: a node or an edge) and a
 * slot (any int: a record's index in its pool). {@link #poll()} leaves the polled event readable
 * through {@link #time()}, {@link #type()}, {@link #target()} and {@link #slot()}.
 *
 * <p>Removal of the minimum is deferred until the next operation: when the handler of an event
 * schedules a new one (the common case), the new event replaces the root and sifts down once,
 * instead of a removal and an insertion each walking the heap.
 */
public final class EventQueue {
  private static final int ARITY = 4;

  /**
   * Entry index of the root. The children of entry e are 4e − 5 .. 4e − 2, so every group of four
   * siblings starts at an entry ≡ 3 (mod 4): with a 16-byte array header, that is a 64-byte
   * boundary, and a large (humongous, region-aligned) heap array reads each group as one cache
   * line. Elsewhere it is merely a little padding.
   */
  private static final int ROOT = 2;

  private static final long MAX_SEQUENCE = (1L << 48) - 1;
  public static final int MAX_TARGET = (1 << 24) - 1;
  public static final int MAX_PRIORITY = 0x7fff;

  /** Per heap entry (from {@link #ROOT} on): [time, handle]. */
  private long[] heap;

  /** Per handle: priority << 48 | sequence. */
  private long[] ties;

  /** Per handle: type << 56 | target << 32 | slot. */
  private long[] payloads;

  /** Free handles, used as a stack. */
  private int[] free;

  private int freeCount;
  private int size;
  private boolean rootPolled;
  private long sequence;

  private long polledTime;
  private long polledPayload;

  public EventQueue() {
    this(1024);
  }

  public EventQueue(int initialCapacity) {
    int capacity = Math.max(ARITY, initialCapacity);
    heap = new long[(capacity + ROOT) * 2];
    ties = new long[capacity];
    payloads = new long[capacity];
    free = new int[capacity];
    for (int i = 0; i < capacity; i++) {
      free[i] = capacity - 1 - i;
    }
    freeCount = capacity;
  }

  /** Pending events (not counting one already polled). */
  public int size() {
    return rootPolled ? size - 1 : size;
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /** Schedules an event; ties at equal time go to the lower priority, then first scheduled. */
  public void schedule(long time, int priority, int type, int target, int slot) {
    if (priority < 0 || priority > MAX_PRIORITY) {
      throw new IllegalArgumentException("priority out of range: " + priority);
    }
    if (type < 0 || type > 255 || target < 0 || target > MAX_TARGET) {
      throw new IllegalArgumentException("type or target out of range: " + type + ", " + target);
    }
    if (sequence > MAX_SEQUENCE) {
      throw new IllegalStateException("too many events scheduled in one run");
    }
    if (rootPolled) {
      // The polled root's handle is free now: reuse it and its heap position.
      rootPolled = false;
      int handle = (int) heap[2 * ROOT + 1];
      store(handle, priority, type, target, slot);
      siftDown(ROOT, time, handle);
      return;
    }
    if (freeCount == 0) {
      grow();
    }
    int handle = free[--freeCount];
    store(handle, priority, type, target, slot);
    siftUp(ROOT + size++, time, handle);
  }

  private void store(int handle, int priority, int type, int target, int slot) {
    ties[handle] = ((long) priority << 48) | sequence++;
    payloads[handle] = ((long) type << 56) | ((long) target << 32) | (slot & 0xffffffffL);
  }

  private void grow() {
    int old = ties.length;
    int capacity = old * 2;
    heap = Arrays.copyOf(heap, (capacity + ROOT) * 2);
    ties = Arrays.copyOf(ties, capacity);
    payloads = Arrays.copyOf(payloads, capacity);
    free = Arrays.copyOf(free, capacity);
    for (int i = 0; i < capacity - old; i++) {
      free[i] = capacity - 1 - i;
    }
    freeCount = capacity - old;
  }

  /** The time of the next event; the queue must not be empty. */
  public long peekTime() {
    dropPolledRoot();
    if (size == 0) {
      throw new IllegalStateException("no pending event");
    }
    return heap[2 * ROOT];
  }

  /** Takes the next event; read it with {@link #time()}, {@link #type()} and friends. */
  public void poll() {
    dropPolledRoot();
    if (size == 0) {
      throw new IllegalStateException("no pending event");
    }
    polledTime = heap[2 * ROOT];
    polledPayload = payloads[(int) heap[2 * ROOT + 1]];
    rootPolled = true;
  }

  public long time() {
    return polledTime;
  }

  public int type() {
    return (int) (polledPayload >>> 56);
  }

  public int target() {
    return (int) (polledPayload >>> 32) & MAX_TARGET;
  }

  public int slot() {
    return (int) polledPayload;
  }

  /** Forgets every pending event. */
  public void clear() {
    int capacity = ties.length;
    for (int i = 0; i < capacity; i++) {
      free[i] = capacity - 1 - i;
    }
    freeCount = capacity;
    size = 0;
    rootPolled = false;
  }

  private void dropPolledRoot() {
    if (!rootPolled) {
      return;
    }
    rootPolled = false;
    free[freeCount++] = (int) heap[2 * ROOT + 1];
    int last = ROOT + --size;
    if (last > ROOT) {
      siftDown(ROOT, heap[2 * last], (int) heap[2 * last + 1]);
    }
  }

  /** True when event (time a, handle ha) comes before (time b, handle hb). */
  private boolean before(long a, int ha, long b, int hb) {
    return a < b || (a == b && ties[ha] < ties[hb]);
  }

  /** True when the event at entry x comes before the one at entry y. */
  private boolean entryBefore(int x, int y) {
    long tx = heap[2 * x];
    long ty = heap[2 * y];
    return tx < ty || (tx == ty && ties[(int) heap[2 * x + 1]] < ties[(int) heap[2 * y + 1]]);
  }

  private void siftUp(int index, long time, int handle) {
    long[] h = heap;
    int i = index;
    while (i > ROOT) {
      int parent = (i + 5) >>> 2;
      long pt = h[2 * parent];
      int ph = (int) h[2 * parent + 1];
      if (before(pt, ph, time, handle)) {
        break;
      }
      h[2 * i] = pt;
      h[2 * i + 1] = ph;
      i = parent;
    }
    h[2 * i] = time;
    h[2 * i + 1] = handle;
  }

  private void siftDown(int index, long time, int handle) {
    long[] h = heap;
    int n = ROOT + size;
    int i = index;
    while (true) {
      int first = (i << 2) - 5;
      if (first >= n) {
        break;
      }
      int best;
      if (first + 3 < n) {
        // a full group: a two-round tournament, two independent comparisons then one
        int a = entryBefore(first + 1, first) ? first + 1 : first;
        int b = entryBefore(first + 3, first + 2) ? first + 3 : first + 2;
        best = entryBefore(b, a) ? b : a;
      } else {
        best = first;
        for (int c = first + 1; c < n; c++) {
          if (entryBefore(c, best)) {
            best = c;
          }
        }
      }
      long bt = h[2 * best];
      int bh = (int) h[2 * best + 1];
      if (before(time, handle, bt, bh)) {
        break;
      }
      h[2 * i] = bt;
      h[2 * i + 1] = bh;
      i = best;
    }
    h[2 * i] = time;
    h[2 * i + 1] = handle;
  }
}

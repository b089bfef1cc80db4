package dev.napkin.simulator.engine;

import java.util.Arrays;

/**
 * The future-event list: a 4-ary min-heap ({@link HandleHeap}) of primitive longs, so no object is
 * allocated per event. Events are ordered by time, then priority, then the order they were
 * scheduled in, so equal-time events come out in a fixed order (deterministic runs).
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
 * <p>Only events due before a moving boundary are in the heap; later ones wait, unsorted, in {@link
 * FarEvents} (a ring of time windows) and move into the heap a window at a time. So the many
 * far-future events (late source arrivals) do not deepen every sift of the near ones. The heap
 * orders everything it holds by the same (time, priority, sequence), and nothing outside it is due
 * before anything inside, so events come out in the same order as from one heap.
 *
 * <p>Removal of the minimum is deferred until the next operation: when the handler of an event
 * schedules a new one (the common case), the new event replaces the root and sifts down once,
 * instead of a removal and an insertion each walking the heap.
 */
public final class EventQueue {
  private static final int ARITY = 4;
  private static final long MAX_SEQUENCE = (1L << 48) - 1;
  public static final int MAX_TARGET = (1 << 24) - 1;
  public static final int MAX_PRIORITY = 0x7fff;

  /** Per handle: priority << 48 | sequence. */
  private long[] ties;

  /** Per handle: type << 56 | target << 32 | slot. */
  private long[] payloads;

  /** Free handles, used as a stack. */
  private int[] free;

  private final HandleHeap near;
  private final FarEvents far;

  /** Whether the heap's root was polled and not yet removed. */
  private boolean rootPolled;

  private int freeCount;
  private long sequence;

  private long polledTime;
  private long polledPayload;

  public EventQueue() {
    this(1024);
  }

  public EventQueue(int initialCapacity) {
    int capacity = Math.max(ARITY, initialCapacity);
    ties = new long[capacity];
    payloads = new long[capacity];
    free = new int[capacity];
    for (int i = 0; i < capacity; i++) {
      free[i] = capacity - 1 - i;
    }
    freeCount = capacity;
    near = new HandleHeap(capacity, ties);
    far = new FarEvents(new HandleHeap(ARITY, ties));
  }

  /** Pending events (not counting one already polled). */
  public int size() {
    long size = near.size + far.size();
    return (int) (rootPolled ? size - 1 : size);
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
    boolean soon = time < far.boundary();
    int handle;
    if (rootPolled) {
      // The polled root's handle is free now: reuse it, and its heap position if the event is soon.
      rootPolled = false;
      handle = near.rootHandle();
      store(handle, priority, type, target, slot);
      if (soon) {
        near.replaceRoot(time, handle);
        return;
      }
      near.removeRoot();
    } else {
      if (freeCount == 0) {
        grow();
      }
      handle = free[--freeCount];
      store(handle, priority, type, target, slot);
    }
    if (soon) {
      near.push(time, handle);
    } else {
      far.add(time, handle);
    }
  }

  private void store(int handle, int priority, int type, int target, int slot) {
    ties[handle] = ((long) priority << 48) | sequence++;
    payloads[handle] = ((long) type << 56) | ((long) target << 32) | (slot & 0xffffffffL);
  }

  private void grow() {
    int old = ties.length;
    int capacity = old * 2;
    ties = Arrays.copyOf(ties, capacity);
    payloads = Arrays.copyOf(payloads, capacity);
    free = Arrays.copyOf(free, capacity);
    for (int i = 0; i < capacity - old; i++) {
      free[i] = capacity - 1 - i;
    }
    freeCount = capacity - old;
    near.ties = ties;
    far.ties(ties);
  }

  /** The time of the next event; the queue must not be empty. */
  public long peekTime() {
    return next().rootTime();
  }

  /** Takes the next event; read it with {@link #time()}, {@link #type()} and friends. */
  public void poll() {
    HandleHeap from = next();
    polledTime = from.rootTime();
    polledPayload = payloads[from.rootHandle()];
    rootPolled = true;
  }

  /** The heap, after removing a polled root and bringing in far events if it ran empty. */
  private HandleHeap next() {
    dropPolledRoot();
    while (near.size == 0) {
      if (far.size() == 0) {
        throw new IllegalStateException("no pending event");
      }
      far.moveNextWindowInto(near);
    }
    return near;
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
    near.size = 0;
    far.clear();
    rootPolled = false;
  }

  private void dropPolledRoot() {
    if (!rootPolled) {
      return;
    }
    rootPolled = false;
    free[freeCount++] = near.rootHandle();
    near.removeRoot();
  }
}

package dev.napkin.simulator.engine;

/**
 * The future-event list: a 4-ary min-heap ({@link HandleHeap}) of primitive longs, so no object is
 * allocated per event. Events are ordered by time, then priority, then the order they were
 * scheduled in, so equal-time events come out in a fixed order (deterministic runs).
 *
 * <p>The heap holds only (time, handle) pairs, 16 bytes per event, so a parent's four children fill
 * about one cache line and a sift touches one line per level. The handle indexes side arrays with
 * the tie-breaker and the payload; those are read only on equal times and when an event is taken.
 * Handles are reused last-in first-out, so the side arrays stay warm in the cache. Events waiting
 * in the far-future windows carry their tie-breaker and payload with them and take a handle only
 * when they enter the heap: a handle held for the whole wait of each of a million pending events
 * would make every poll a cache miss in the side arrays.
 *
 * <p>An event's payload is a type (0..255), a target index (0..2^24-1: a node or an edge) and a
 * slot (any int: a record's index in its pool). {@link #poll()} leaves the polled event readable
 * through {@link #time()}, {@link #type()}, {@link #target()} and {@link #slot()}.
 *
 * <p>Only events due up to a moving boundary are in the heap; later ones wait, unsorted, in {@link
 * FarEvents} (a hierarchy of time windows) and move into the heap a window at a time. So the many
 * far-future events (late source arrivals, or a million pending events) do not deepen every sift of
 * the near ones, and the heap stays small enough for the cache. The heap orders everything it holds
 * by the same (time, priority, sequence), and nothing outside it is due before anything inside, so
 * events come out in the same order as from one heap.
 *
 * <p>Removal of the minimum is deferred until the next operation: when the handler of an event
 * schedules a new one (the common case), the new event replaces the root and sifts down once,
 * instead of a removal and an insertion each walking the heap.
 */
public final class EventQueue {
  private static final long MAX_SEQUENCE = (1L << 48) - 1;
  public static final int MAX_TARGET = (1 << 24) - 1;
  public static final int MAX_PRIORITY = 0x7fff;

  private final HandleHeap near;
  private final FarEvents far = new FarEvents();

  /** Whether the heap's root was polled and not yet removed. */
  private boolean rootPolled;

  private long sequence;

  private long polledTime;
  private long polledPayload;

  public EventQueue() {
    this(1024);
  }

  /** {@code initialCapacity}: events the heap holds before it grows (it grows as needed). */
  public EventQueue(int initialCapacity) {
    near = new HandleHeap(Math.max(4, initialCapacity));
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
    long tie = ((long) priority << 48) | sequence++;
    long payload = ((long) type << 56) | ((long) target << 32) | (slot & 0xffffffffL);
    if (time > far.lastNearTime()) {
      dropPolledRoot();
      far.add(time, tie, payload);
    } else if (rootPolled) {
      // the polled root's place in the heap is free: the new event takes it and sifts down once
      rootPolled = false;
      near.replaceRoot(time, tie, payload);
    } else {
      near.push(time, tie, payload);
    }
  }

  /** The time of the next event; the queue must not be empty. */
  public long peekTime() {
    return next().rootTime();
  }

  /** Takes the next event; read it with {@link #time()}, {@link #type()} and friends. */
  public void poll() {
    HandleHeap from = next();
    polledTime = from.rootTime();
    polledPayload = from.rootPayload();
    rootPolled = true;
  }

  /** The heap, after removing a polled root and bringing in far events if it ran empty. */
  private HandleHeap next() {
    dropPolledRoot();
    if (near.size == 0) {
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

  /** Chunks the far-future windows have allocated (memory follows pending events). */
  long farChunks() {
    return far.allocatedChunks();
  }

  /** Forgets every pending event. */
  public void clear() {
    near.clear();
    far.clear();
    rootPolled = false;
  }

  private void dropPolledRoot() {
    if (rootPolled) {
      rootPolled = false;
      near.removeRoot();
    }
  }
}

package dev.napkin.simulator.engine;

/**
 * The events due after the near heap's last time, kept unsorted in a hierarchy of time windows (a
 * hierarchical timing wheel): five levels of 256 windows each, level k's windows 2^(24 + 8k) ns
 * wide (about 17 ms, 4.3 s, 18 min, 3.3 days, 2.3 years). An event waits at the lowest level whose
 * current block of windows holds it; when the queue needs more events, the earliest non-empty
 * level-0 window moves into the near heap, and each coarser window is spread over the finer levels
 * once time reaches it. So adding an event is an append, every event is moved at most five times
 * (twice for a delay of minutes to hours), each move a sequential read and an append, and the near
 * heap sorts only one small window at a time: no walk down a heap of a million entries that does
 * not fit in the cache.
 *
 * <p>256 windows a level (not more) keep the ends of the windows a spread writes to in the cache
 * and the chunks few; see docs/adr/0008-event-list-for-many-pending-events.md for the measurements.
 *
 * <p>Invariant: every event here is due after {@link #lastNearTime()}; every event the queue holds
 * at or before it is in the near heap, so the near heap's root is always the next event overall.
 * The near heap orders by (time, priority, sequence), so events come out exactly as from one heap.
 */
final class FarEvents {
  private static final int WINDOW_BITS = 8;
  private static final int WINDOWS = 1 << WINDOW_BITS;
  private static final int MASK = WINDOWS - 1;

  /** A level-0 window is 2^24 ns wide. */
  private static final int SHIFT = 24;

  /** Enough levels for every window number (time >>> SHIFT has 63 - SHIFT bits). */
  private static final int LEVELS = (63 - SHIFT + WINDOW_BITS - 1) / WINDOW_BITS;

  /** The cursor once every window up to Long.MAX_VALUE was taken. */
  private static final long END = 1L << (63 - SHIFT);

  private final WindowLists lists = new WindowLists(LEVELS * WINDOWS);

  /** Per level: one bit per non-empty window. */
  private final long[][] nonEmpty = new long[LEVELS][Math.max(1, WINDOWS / 64)];

  private final long[] levelSize = new long[LEVELS];

  /**
   * The first level-0 window number (time >>> 24) not yet moved into the near heap. Level k holds
   * the events whose window number shares all but its low 8(k + 1) bits with the cursor and not all
   * but its low 8k bits (the top level: the rest).
   */
  private long cursor;

  private long lastNearTime = -1;
  private long size;

  /** Events due at or before this time are not here (they belong in the near heap). */
  long lastNearTime() {
    return lastNearTime;
  }

  long size() {
    return size;
  }

  int allocatedChunks() {
    return lists.allocated();
  }

  /** Adds an event due after {@link #lastNearTime()}. */
  void add(long time, long tie, long payload) {
    place(time, tie, payload);
    size++;
  }

  private void place(long time, long tie, long payload) {
    long number = time >>> SHIFT;
    // the highest bit in which it differs from the cursor decides the level: 0-7 -> 0, 8-15 -> 1...
    int level = (63 - Long.numberOfLeadingZeros(number ^ cursor)) / WINDOW_BITS;
    int w = (int) (number >>> (WINDOW_BITS * level)) & MASK;
    lists.append(level * WINDOWS + w, time, tie, payload);
    nonEmpty[level][w >>> 6] |= 1L << w;
    levelSize[level]++;
  }

  /**
   * Moves the earliest non-empty level-0 window into {@code near} and the cursor past it, first
   * spreading the coarser windows that time reaches on the way. There must be an event here.
   */
  void moveNextWindowInto(HandleHeap near) {
    if (size == 0) {
      throw new IllegalStateException("no far event");
    }
    while (levelSize[0] == 0) {
      // jump to the earliest non-empty window of the lowest non-empty level and spread it out
      int level = 1;
      while (levelSize[level] == 0) {
        level++;
      }
      int shift = WINDOW_BITS * level;
      int w = nextNonEmpty(level, (int) (cursor >>> shift) & MASK);
      long start = (((cursor >>> shift) & ~(long) MASK) | w) << shift;
      moveCursor(Math.max(cursor, start));
      spread(level, w);
    }
    int w = nextNonEmpty(0, (int) cursor & MASK);
    moveCursor((cursor & ~(long) MASK) | w);
    int moved = 0;
    for (int c = take(0, w); c >= 0; c = lists.recycle(c)) {
      long[] pool = lists.pool();
      int from = WindowLists.start(c);
      int to = from + WindowLists.EVENT_LONGS * lists.events(c);
      for (int i = from; i < to; i += WindowLists.EVENT_LONGS) {
        near.push(pool[i], pool[i + 1], pool[i + 2]);
      }
      moved += lists.events(c);
    }
    levelSize[0] -= moved;
    size -= moved;
    moveCursor(cursor + 1);
    if (cursor != END && (cursor & MASK) == 0) {
      // the cursor entered new coarser windows: spread them, the coarsest first
      for (int level = LEVELS - 1; level > 0; level--) {
        int shift = WINDOW_BITS * level;
        if ((cursor & ((1L << shift) - 1)) == 0) {
          spread(level, (int) (cursor >>> shift) & MASK);
        }
      }
    }
  }

  private void moveCursor(long to) {
    cursor = to;
    // at END this wraps to Long.MAX_VALUE: everything left belongs in the near heap
    lastNearTime = (to << SHIFT) - 1;
  }

  /** Re-places the events of a window of level {@code level} >= 1, which land on finer levels. */
  private void spread(int level, int w) {
    int moved = 0;
    for (int c = take(level, w); c >= 0; c = lists.recycle(c)) {
      int from = WindowLists.start(c);
      int to = from + WindowLists.EVENT_LONGS * lists.events(c);
      for (int i = from; i < to; i += WindowLists.EVENT_LONGS) {
        long[] pool = lists.pool(); // placing may grow the pool
        place(pool[i], pool[i + 1], pool[i + 2]);
      }
      moved += lists.events(c);
    }
    levelSize[level] -= moved;
  }

  /** Empties a window; returns its first chunk for reading. */
  private int take(int level, int w) {
    nonEmpty[level][w >>> 6] &= ~(1L << w);
    return lists.detach(level * WINDOWS + w);
  }

  /** The first non-empty window of a level at or after {@code from}; one must exist. */
  private int nextNonEmpty(int level, int from) {
    long[] bits = nonEmpty[level];
    int word = from >>> 6;
    long b = bits[word] & (-1L << from);
    while (b == 0) {
      b = bits[++word];
    }
    return (word << 6) | Long.numberOfTrailingZeros(b);
  }

  /** Forgets every event (the cursor stays: the near heap may still hold earlier ones). */
  void clear() {
    lists.clear();
    for (long[] bits : nonEmpty) {
      java.util.Arrays.fill(bits, 0);
    }
    java.util.Arrays.fill(levelSize, 0);
    size = 0;
  }
}

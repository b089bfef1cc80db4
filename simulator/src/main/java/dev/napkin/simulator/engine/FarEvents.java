package dev.napkin.simulator.engine;

import java.util.Arrays;

/**
 * The events due at or after a moving boundary, kept unsorted in a ring of time windows (a calendar
 * queue) and, beyond the ring's span, in an overflow heap. The queue moves one window at a time
 * into its near heap, which then sorts only what is due soon: a far event costs an append and a
 * sift in a small heap, not a walk down a heap of every pending event.
 *
 * <p>Every event here is due at or after {@link #boundary()}; every event the queue holds before
 * the boundary is in its near heap, so the near heap's root is always the next event overall.
 */
final class FarEvents {
  /** A window is 2^24 ns (about 17 ms) wide; the ring spans 4096 windows (about 69 s). */
  private static final int SHIFT = 24;

  private static final long WIDTH = 1L << SHIFT;
  private static final int WINDOWS = 4096;
  private static final long SPAN = WIDTH * WINDOWS;

  /** Per window: [time, handle] pairs, in the order added. */
  private final long[][] windows = new long[WINDOWS][];

  private final int[] counts = new int[WINDOWS];
  private final HandleHeap overflow;
  private long inWindows;
  private long boundary;

  FarEvents(HandleHeap overflow) {
    this.overflow = overflow;
  }

  /** Events due before this time are not here (they belong in the near heap). */
  long boundary() {
    return boundary;
  }

  long size() {
    return inWindows + overflow.size;
  }

  void ties(long[] ties) {
    overflow.ties = ties;
  }

  /** Adds an event due at or after the boundary. */
  void add(long time, int handle) {
    if (time - boundary >= SPAN) {
      overflow.push(time, handle);
      return;
    }
    int w = (int) (time >> SHIFT) & (WINDOWS - 1);
    long[] entries = windows[w];
    int n = counts[w];
    if (entries == null) {
      entries = windows[w] = new long[32];
    } else if (2 * n + 2 > entries.length) {
      entries = windows[w] = Arrays.copyOf(entries, entries.length * 2);
    }
    entries[2 * n] = time;
    entries[2 * n + 1] = handle;
    counts[w] = n + 1;
    inWindows++;
  }

  /**
   * Moves the events of the window at the boundary into {@code near} and the boundary one window
   * on; when the ring is empty, the boundary first jumps to the earliest overflow event's window.
   */
  void moveNextWindowInto(HandleHeap near) {
    if (inWindows == 0 && overflow.size > 0) {
      boundary = Math.max(boundary, (overflow.rootTime() >> SHIFT) << SHIFT);
    }
    int w = (int) (boundary >> SHIFT) & (WINDOWS - 1);
    int n = counts[w];
    if (n > 0) {
      long[] entries = windows[w];
      for (int i = 0; i < n; i++) {
        near.push(entries[2 * i], (int) entries[2 * i + 1]);
      }
      counts[w] = 0;
      inWindows -= n;
    }
    // the boundary stops at Long.MAX_VALUE, and then takes everything left
    boundary = boundary > Long.MAX_VALUE - WIDTH ? Long.MAX_VALUE : boundary + WIDTH;
    boolean last = boundary == Long.MAX_VALUE;
    while (overflow.size > 0 && (overflow.rootTime() < boundary || last)) {
      near.push(overflow.rootTime(), overflow.rootHandle());
      overflow.removeRoot();
    }
  }

  /** Forgets every event (the boundary stays: the near heap may still take earlier ones). */
  void clear() {
    Arrays.fill(counts, 0);
    inWindows = 0;
    overflow.size = 0;
  }
}

package dev.napkin.simulator.engine;

import java.util.Arrays;

/**
 * Unsorted lists of events (time, tie word, payload), one per window of {@link FarEvents}, kept as
 * chains of fixed-size chunks in one shared {@code long[]} pool. A drained chunk goes back to a
 * free list and is reused first (it is still in the cache), so memory follows the number of pending
 * events, not the number of windows ever used or events ever scheduled.
 *
 * <p>Appending writes to the end of a window's last chunk: a handful of windows take nearly all new
 * events, so their chunk ends stay in the cache.
 */
final class WindowLists {
  /** Longs per event: time, tie word, payload. */
  static final int EVENT_LONGS = 3;

  /**
   * A chunk holds 64 events: 192 longs, 1.5 KiB. Long runs of adjacent events let the hardware
   * prefetcher stream a spread window (16 events a chunk measured a third slower); the cost is at
   * most one part-filled chunk per window (about 2 MiB for all of {@link FarEvents}' windows).
   */
  private static final int CHUNK_EVENTS = 64;

  private static final int CHUNK_LONGS = CHUNK_EVENTS * EVENT_LONGS;
  private static final int MAX_CHUNKS = (1 << 30) / CHUNK_LONGS;

  /** Chunk c holds its events at pool[c * CHUNK_LONGS ...]: time, tie, payload, time, ... */
  private long[] pool;

  /** Per chunk: the next chunk of its window, or of the free list; -1 at the end. */
  private int[] next;

  /** Per chunk: events stored. */
  private int[] fill;

  /** Per window: first and last chunk, -1 when the window is empty. */
  private final int[] head;

  private final int[] tail;

  private int freeHead = -1;
  private int allocated;

  WindowLists(int windows) {
    head = new int[windows];
    tail = new int[windows];
    Arrays.fill(head, -1);
    Arrays.fill(tail, -1);
    int chunks = 64;
    pool = new long[chunks * CHUNK_LONGS];
    next = new int[chunks];
    fill = new int[chunks];
  }

  void append(int window, long time, long tie, long payload) {
    int c = tail[window];
    if (c < 0 || fill[c] == CHUNK_EVENTS) {
      c = linkNewChunk(window, c);
    }
    int n = fill[c];
    int at = c * CHUNK_LONGS + EVENT_LONGS * n;
    pool[at] = time;
    pool[at + 1] = tie;
    pool[at + 2] = payload;
    fill[c] = n + 1;
  }

  private int linkNewChunk(int window, int last) {
    int c = freeHead;
    if (c >= 0) {
      freeHead = next[c];
    } else {
      if (allocated == next.length) {
        grow();
      }
      c = allocated++;
    }
    next[c] = -1;
    fill[c] = 0;
    if (last < 0) {
      head[window] = c;
    } else {
      next[last] = c;
    }
    tail[window] = c;
    return c;
  }

  private void grow() {
    int chunks = (int) Math.min(2L * next.length, MAX_CHUNKS);
    if (chunks == next.length) {
      throw new IllegalStateException("too many far-future events pending");
    }
    pool = Arrays.copyOf(pool, chunks * CHUNK_LONGS);
    next = Arrays.copyOf(next, chunks);
    fill = Arrays.copyOf(fill, chunks);
  }

  /**
   * Empties a window and returns its first chunk (-1 if it was empty). Read each chunk with {@link
   * #pool()}, {@link #start(int)} and {@link #events(int)}, then hand it back with {@link
   * #recycle(int)}, which returns the next chunk.
   */
  int detach(int window) {
    int c = head[window];
    head[window] = -1;
    tail[window] = -1;
    return c;
  }

  /** The pool; read it again after appending, which may replace it. */
  long[] pool() {
    return pool;
  }

  /** Index in {@link #pool()} of the chunk's first event. */
  static int start(int chunk) {
    return chunk * CHUNK_LONGS;
  }

  int events(int chunk) {
    return fill[chunk];
  }

  /** Frees a read chunk; returns the chunk after it in its window, or -1. */
  int recycle(int chunk) {
    int following = next[chunk];
    next[chunk] = freeHead;
    freeHead = chunk;
    return following;
  }

  /** Chunks ever allocated (in use or free). */
  int allocated() {
    return allocated;
  }

  /** Empties every window; the chunks stay allocated for reuse. */
  void clear() {
    Arrays.fill(head, -1);
    Arrays.fill(tail, -1);
    freeHead = -1;
    for (int c = allocated - 1; c >= 0; c--) {
      next[c] = freeHead;
      freeHead = c;
    }
  }
}

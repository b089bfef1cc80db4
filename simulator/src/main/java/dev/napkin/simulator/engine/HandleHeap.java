package dev.napkin.simulator.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap of (time, handle) pairs in one primitive array, ordered by time, then by the
 * handle's tie word (priority << 48 | sequence). A handle indexes side arrays with the tie word and
 * the payload of its event; those are read only on equal times and when an event is taken. Handles
 * are reused last-in first-out, so with a small heap the side arrays stay in the cache.
 */
final class HandleHeap {
  /**
   * Entry index of the root. The children of entry e are 4e − 5 .. 4e − 2, so every group of four
   * siblings starts at an entry ≡ 3 (mod 4): with a 16-byte array header, that is a 64-byte
   * boundary, and a large (humongous, region-aligned) heap array reads each group as one cache
   * line. Elsewhere it is merely a little padding.
   */
  private static final int ROOT = 2;

  /** Per heap entry (from {@link #ROOT} on): [time, handle]. */
  private long[] heap;

  /** Per handle: priority << 48 | sequence. */
  private long[] ties;

  /** Per handle: the event's payload. */
  private long[] payloads;

  /** Free handles, used as a stack. */
  private int[] free;

  private int freeCount;

  int size;

  HandleHeap(int capacity) {
    heap = new long[(capacity + ROOT) * 2];
    ties = new long[capacity];
    payloads = new long[capacity];
    free = new int[capacity];
    clear();
  }

  /** Empties the heap; every handle is free again. */
  void clear() {
    int capacity = ties.length;
    for (int i = 0; i < capacity; i++) {
      free[i] = capacity - 1 - i;
    }
    freeCount = capacity;
    size = 0;
  }

  long rootPayload() {
    return payloads[rootHandle()];
  }

  long rootTime() {
    return heap[2 * ROOT];
  }

  private int rootHandle() {
    return (int) heap[2 * ROOT + 1];
  }

  void push(long time, long tie, long payload) {
    if (freeCount == 0) {
      growHandles();
    }
    int handle = free[--freeCount];
    ties[handle] = tie;
    payloads[handle] = payload;
    if (2 * (ROOT + size + 1) > heap.length) {
      heap = Arrays.copyOf(heap, heap.length * 2);
    }
    siftUp(ROOT + size++, time, handle);
  }

  private void growHandles() {
    int old = ties.length;
    int capacity = old * 2;
    ties = Arrays.copyOf(ties, capacity);
    payloads = Arrays.copyOf(payloads, capacity);
    free = Arrays.copyOf(free, capacity);
    for (int i = 0; i < capacity - old; i++) {
      free[i] = capacity - 1 - i;
    }
    freeCount = capacity - old;
  }

  /** Replaces the root with a new event, which takes over the root's handle. */
  void replaceRoot(long time, long tie, long payload) {
    int handle = rootHandle();
    ties[handle] = tie;
    payloads[handle] = payload;
    siftDown(ROOT, time, handle);
  }

  /** Removes the root and frees its handle. */
  void removeRoot() {
    free[freeCount++] = rootHandle();
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

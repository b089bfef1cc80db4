package dev.napkin.simulator.mode.streaming;

import java.util.Arrays;

/** A first-in first-out queue of ints (record slots) in a growable ring buffer. */
final class IntRing {
  private int[] items = new int[16];
  private int head;
  private int size;

  void add(int value) {
    if (size == items.length) {
      int[] bigger = new int[items.length * 2];
      int firstPart = items.length - head;
      System.arraycopy(items, head, bigger, 0, firstPart);
      System.arraycopy(items, 0, bigger, firstPart, head);
      items = bigger;
      head = 0;
    }
    items[(head + size++) & (items.length - 1)] = value;
  }

  int poll() {
    if (size == 0) {
      throw new IllegalStateException("empty queue");
    }
    int value = items[head];
    head = (head + 1) & (items.length - 1);
    size--;
    return value;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  @Override
  public String toString() {
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = items[(head + i) & (items.length - 1)];
    }
    return Arrays.toString(out);
  }
}

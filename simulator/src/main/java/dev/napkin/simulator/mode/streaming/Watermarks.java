package dev.napkin.simulator.mode.streaming;

import java.util.Arrays;

/**
 * A node's event-time watermark, carried in-band: every record carries the watermark of the node
 * that sent it (its stamp). A source stamps max event time arrived so far − B; a stage keeps the
 * largest stamp seen per input and its watermark is the minimum over its inputs, which is what it
 * stamps on its outputs. So a stage's watermark is min over its inputs of (max event time seen −
 * B), it never overtakes the records queued before it, and an input that has sent nothing holds it
 * back (as an idle Kafka partition does in Flink).
 */
final class Watermarks {
  /** No watermark yet. */
  static final long NONE = Long.MIN_VALUE;

  private final long[] perInput;
  private long current = NONE;

  Watermarks(int inputs) {
    perInput = new long[Math.max(1, inputs)];
    Arrays.fill(perInput, NONE);
  }

  /** Takes in a stamp that arrived on {@code input}; returns the node's watermark after it. */
  long observe(int input, long stamp) {
    if (stamp <= perInput[input]) {
      return current;
    }
    long previous = perInput[input];
    perInput[input] = stamp;
    if (previous == current) {
      long min = Long.MAX_VALUE;
      for (long w : perInput) {
        min = Math.min(min, w);
      }
      current = min;
    }
    return current;
  }

  long current() {
    return current;
  }
}

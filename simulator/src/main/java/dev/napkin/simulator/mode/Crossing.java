package dev.napkin.simulator.mode;

import java.util.Arrays;

/**
 * The units that cross one edge from one job to another in a hybrid flow, in the order the upstream
 * job made them visible (visible times never decrease: a streaming job's checkpoint gate is
 * monotone, a batch or micro-batch job's runs follow one another). Each unit keeps its identity,
 * event time, count and flags, so the downstream job sees the same records as a single-mode run
 * would. Filled by the upstream job, read once by the downstream one; primitive arrays, no object
 * per unit.
 */
public final class Crossing {
  /** The unit is the results of one window firing. */
  public static final int WINDOWED = 1;

  /** The unit is a late re-firing's result (counted, not measured). */
  public static final int REFIRE = 2;

  /** The record missed its batch partition upstream (late against completeness). */
  public static final int LATE = 4;

  /** The unit is a weighted group of records (aggregate fidelity): its count is its records. */
  public static final int GROUP = 8;

  private final int edge;
  private long[] visible = new long[64];
  private long[] eventTime = new long[64];
  private long[] id = new long[64];
  private long[] count = new long[64];
  private byte[] flags = new byte[64];
  private int size;

  public Crossing(int edge) {
    this.edge = edge;
  }

  /** The edge (index in the flow's edge list) these units cross. */
  public int edge() {
    return edge;
  }

  public void add(long visibleAt, long te, long unitId, long units, int unitFlags) {
    if (size > 0 && visibleAt < visible[size - 1]) {
      throw new IllegalStateException(
          "edge "
              + edge
              + ": visible times must not decrease ("
              + visibleAt
              + " after "
              + visible[size - 1]
              + ")");
    }
    if (size == visible.length) {
      int n = size * 2;
      visible = Arrays.copyOf(visible, n);
      eventTime = Arrays.copyOf(eventTime, n);
      id = Arrays.copyOf(id, n);
      count = Arrays.copyOf(count, n);
      flags = Arrays.copyOf(flags, n);
    }
    visible[size] = visibleAt;
    eventTime[size] = te;
    id[size] = unitId;
    count[size] = units;
    flags[size] = (byte) unitFlags;
    size++;
  }

  public int size() {
    return size;
  }

  public long visible(int i) {
    return visible[i];
  }

  public long eventTime(int i) {
    return eventTime[i];
  }

  public long id(int i) {
    return id[i];
  }

  public long count(int i) {
    return count[i];
  }

  public int flags(int i) {
    return flags[i];
  }
}

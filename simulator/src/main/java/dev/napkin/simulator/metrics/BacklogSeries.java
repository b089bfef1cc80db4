package dev.napkin.simulator.metrics;

/**
 * Records in a stage over simulated time, in a fixed number of equal buckets over a period
 * (normally the measured period, warm-up to horizon): per bucket the records × nanoseconds spent in
 * the stage, so a bucket's mean backlog is its integral ÷ its width. The buckets add up to the
 * stage's whole in-system integral over the period. It also remembers up to when it was fed, so a
 * run that stopped early does not read as an empty stage afterwards.
 */
public final class BacklogSeries {
  /** Buckets per series: enough for a smooth chart, small enough to keep per stage and run. */
  public static final int BUCKETS = 200;

  private final long from;
  private final long to;
  private final long width;
  private final double[] recordNanos;
  private long observedTo;
  private int current;
  private long currentStart;

  public BacklogSeries(long from, long to) {
    if (to <= from) {
      throw new IllegalArgumentException("a series needs a period, got [" + from + ", " + to + ")");
    }
    this.from = from;
    this.to = to;
    long span = to - from;
    this.width = (span + BUCKETS - 1) / BUCKETS;
    this.recordNanos = new double[(int) ((span + width - 1) / width)];
    this.observedTo = from;
    this.currentStart = from;
  }

  /** Adds {@code records} present during [start, end), clipped to the period. */
  public void add(long start, long end, double records) {
    long a = Math.max(start, from);
    long b = Math.min(end, to);
    if (b <= a) {
      return;
    }
    observedTo = Math.max(observedTo, b);
    if (records == 0) {
      return;
    }
    if (a >= currentStart && b <= currentStart + width) {
      // the common case: a short interval inside the bucket of the previous one, no division
      recordNanos[current] += records * (b - a);
      return;
    }
    int first = (int) ((a - from) / width);
    int last = (int) ((b - 1 - from) / width);
    current = last;
    currentStart = from + last * width;
    for (int k = first; k <= last; k++) {
      long bucketStart = from + k * width;
      long overlap = Math.min(b, bucketStart + width) - Math.max(a, bucketStart);
      recordNanos[k] += records * overlap;
    }
  }

  /**
   * Adds {@code recordNanos} already integrated over part of bucket {@code k}, observed up to
   * {@code upTo}: for callers that integrate a bucket themselves and hand it over once.
   */
  public void addToBucket(int k, double recordNanos, long upTo) {
    this.recordNanos[k] += recordNanos;
    observedTo = Math.max(observedTo, Math.min(upTo, to));
  }

  /** The bucket that holds time {@code t} (within the period). */
  public int bucketOf(long t) {
    return (int) ((t - from) / width);
  }

  /** Where bucket {@code k} ends. */
  public long bucketEnd(int k) {
    return Math.min(from + (k + 1) * width, to);
  }

  /** Adds another series over the same period (a stage fed by several jobs of a hybrid flow). */
  public void add(BacklogSeries other) {
    if (other.from != from || other.to != to) {
      throw new IllegalArgumentException("the backlog series cover different periods");
    }
    for (int k = 0; k < recordNanos.length; k++) {
      recordNanos[k] += other.recordNanos[k];
    }
    observedTo = Math.max(observedTo, other.observedTo);
  }

  public long from() {
    return from;
  }

  public long to() {
    return to;
  }

  /** The width of every bucket but possibly the last, which ends at {@link #to()}. */
  public long bucketNanos() {
    return width;
  }

  public int buckets() {
    return recordNanos.length;
  }

  /** Where bucket {@code k} starts. */
  public long bucketStart(int k) {
    return from + k * width;
  }

  /** Up to when the run fed the series (the period's end for a run that went the distance). */
  public long observedTo() {
    return observedTo;
  }

  /** Buckets wholly or partly fed: the ones a chart should show. */
  public int observedBuckets() {
    return observedTo <= from ? 0 : (int) ((observedTo - 1 - from) / width) + 1;
  }

  /** Records × nanoseconds in bucket {@code k}. */
  public double recordNanos(int k) {
    return recordNanos[k];
  }

  /** The mean number of records in the stage during bucket {@code k}. */
  public double meanBacklog(int k) {
    long start = bucketStart(k);
    long end = Math.min(to, start + width);
    return recordNanos[k] / (end - start);
  }
}

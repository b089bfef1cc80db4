package dev.napkin.simulator.random;

/**
 * The random streams of one replication: {@link #of} positions one shared generator at the start of
 * a (stage, record, purpose) stream. The returned generator is valid until the next call.
 */
public final class RecordStreams {
  private final long runKey;
  private final SplitMix64 generator = new SplitMix64(0);

  public RecordStreams(long seed, int replication) {
    this.runKey = StreamKeys.run(seed, replication);
  }

  public long runKey() {
    return runKey;
  }

  public SplitMix64 of(long stageKey, long record, int purpose) {
    return generator.reseed(StreamKeys.stream(runKey, stageKey, record, purpose));
  }
}

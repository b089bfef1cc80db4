package dev.napkin.simulator.random;

import dev.napkin.model.flow.NodeId;
import java.nio.charset.StandardCharsets;

/**
 * Identities of records and the keys of their random streams, as 64-bit hashes (SIMULATION.md): a
 * source record is (source, sequence number), a derived record is (parent, stage, output index),
 * and a record's randoms at a stage come from a stream keyed by (run, stage, record, purpose). So
 * the order in which a mode processes records cannot change what they are, and every mode sees the
 * same records (common random numbers).
 *
 * <p>Nodes are keyed by a hash of their id, not their position in the document, so reordering or
 * adding nodes does not change the records of the others.
 */
public final class StreamKeys {
  private static final long SALT = 0x6E61706B696E2131L; // "napkin!1"
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private StreamKeys() {}

  /** An order-sensitive hash of two longs. */
  public static long combine(long a, long b) {
    return SplitMix64.mix(SplitMix64.mix(a + GOLDEN_GAMMA) ^ (b * 0xC2B2AE3D27D4EB4FL));
  }

  /** The key of one replication of a run: every stream of that replication derives from it. */
  public static long run(long seed, int replication) {
    return combine(combine(SALT, seed), replication);
  }

  /** A node's key: FNV-1a over its id's UTF-8 bytes, then mixed. */
  public static long node(NodeId id) {
    long h = 0xCBF29CE484222325L;
    for (byte b : id.value().getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001B3L;
    }
    return SplitMix64.mix(h);
  }

  /** The identity of the {@code sequence}-th record of a source (from 0). */
  public static long sourceRecord(long sourceKey, long sequence) {
    return combine(sourceKey, sequence);
  }

  /** The identity of output {@code index} a stage made from record {@code parent}. */
  public static long derived(long parent, long stageKey, long index) {
    return combine(combine(parent, stageKey), index);
  }

  /** The seed of the stream of draws a record gets at a stage for one purpose. */
  public static long stream(long runKey, long stageKey, long record, int purpose) {
    return combine(combine(combine(runKey, stageKey), record), purpose);
  }
}

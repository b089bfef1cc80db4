package dev.napkin.simulator.result;

import java.util.List;

/**
 * The mode to run: the cheapest of batch, micro-batch and streaming (among those that were run)
 * that meets every sink's SLA, or, if none does, the one that misses by the smallest factor. {@code
 * reason} says why in sentences; {@code others} compares every other mode that was run, "as
 * designed" included (it is never recommended itself). {@code considered} lists the candidate modes
 * that were run.
 */
public record Recommendation(
    String mode,
    boolean meetsAllSlas,
    String reason,
    List<ModeComparison> others,
    List<String> considered) {
  public Recommendation {
    others = List.copyOf(others);
    considered = List.copyOf(considered);
  }
}

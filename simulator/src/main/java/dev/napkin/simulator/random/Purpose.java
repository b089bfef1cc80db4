package dev.napkin.simulator.random;

/**
 * What a record's draws at a stage are for. Each purpose has its own stream, so a mode that skips
 * one draw (batch has no buffering delay) still gives the same values for the others.
 */
public final class Purpose {
  /** A source's gap before this record (in operational time). */
  public static final int ARRIVAL = 1;

  /** A source record's lateness: arrival time − event time. */
  public static final int LATENESS = 2;

  /** A transform's CPU time for this record. */
  public static final int COST = 3;

  /** The fractional part of selectivity: one more output or not. */
  public static final int SELECTIVITY = 4;

  /** Buffering on a node's k-th outgoing edge is {@code BUFFER + k}. */
  public static final int BUFFER = 16;

  private Purpose() {}
}

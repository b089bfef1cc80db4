package dev.napkin.simulator.run;

/** A replication threw: which mode and replication, and the cause. */
public final class SimulationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String mode;
  private final int replication;

  public SimulationFailedException(String mode, int replication, Throwable cause) {
    super(
        mode
            + " replication "
            + (replication + 1)
            + " failed: "
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
        cause);
    this.mode = mode;
    this.replication = replication;
  }

  public String mode() {
    return mode;
  }

  /** The replication's index, from 0. */
  public int replication() {
    return replication;
  }
}

package dev.napkin.app.cli;

/** The exit codes of every command (SPEC.md, "Command line"). */
public final class ExitCodes {
  public static final int OK = 0;

  /** Invalid input (the spec) or a failed run. */
  public static final int INVALID = 1;

  /** Usage or I/O error (picocli's usage errors return this too). */
  public static final int USAGE = 2;

  /** With {@code --fail-on-miss}: the checked run misses an SLA or is unstable. */
  public static final int SLA_MISSED = 3;

  private ExitCodes() {}
}

package dev.napkin.app.results;

/** Where the last simulation stands. */
public enum RunState {
  /** Nothing was simulated yet (or a new document was opened). */
  NONE,
  RUNNING,
  DONE,
  FAILED,
  CANCELLED
}

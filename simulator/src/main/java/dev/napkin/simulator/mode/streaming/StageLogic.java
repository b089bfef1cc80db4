package dev.napkin.simulator.mode.streaming;

/** What a transform does with a record once its service is done. */
interface StageLogic {
  /**
   * Handles the record in {@code slot} (the logic owns the slot from here: it routes or frees it).
   * Returns false when the record was dropped.
   */
  boolean process(int slot, long now);
}

package dev.napkin.simulator.mode.streaming;

/** Called when the record pool is full: the run stops and is reported unstable. */
@FunctionalInterface
interface Overload {
  void poolFull(long now);
}

package dev.napkin.simulator.mode.streaming;

import dev.napkin.model.flow.NodeId;

/**
 * Sees every unit that becomes visible at a sink before the run ends, in the order units reach
 * their sinks (not in visibility order). For traces in tests and diagnostics; not thread-safe
 * unless the implementation is.
 */
@FunctionalInterface
public interface VisibilityObserver {
  VisibilityObserver NONE = (sink, record, eventTime, visibleAt, count, refire) -> {};

  void visible(
      NodeId sink, long record, long eventTime, long visibleAt, long count, boolean refire);
}

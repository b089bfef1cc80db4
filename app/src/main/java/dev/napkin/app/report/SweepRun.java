package dev.napkin.app.report;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.simulator.sweep.SweepGrid;
import dev.napkin.simulator.sweep.SweepPoint;
import dev.napkin.simulator.sweep.SweepResult;
import java.util.List;
import java.util.Optional;

/**
 * What a sweep report prints: the flow swept, the settings every point was simulated with, the grid
 * and the result. Points are numbered from 1 in the result's (grid) order; the reports refer to
 * frontier and cheapest points by that number.
 */
public record SweepRun(
    Flow flow,
    SimulationSettings settings,
    SweepGrid grid,
    SweepResult result,
    List<String> warnings) {

  public SweepRun {
    warnings = List.copyOf(warnings);
  }

  /** A point's number, from 1. */
  int number(SweepPoint point) {
    List<SweepPoint> points = result.points();
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i) == point) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a point of this sweep");
  }

  boolean onFrontier(SweepPoint point, NodeId sink) {
    return result.frontierBySink().getOrDefault(sink, List.of()).stream().anyMatch(p -> p == point);
  }

  boolean isCheapest(SweepPoint point) {
    Optional<SweepPoint> cheapest = result.cheapestMeetingAll();
    return cheapest.isPresent() && cheapest.get() == point;
  }

  List<NodeId> sinks() {
    return flow.sinks().map(s -> s.id()).toList();
  }
}

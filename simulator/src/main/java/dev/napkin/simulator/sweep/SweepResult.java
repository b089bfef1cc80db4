package dev.napkin.simulator.sweep;

import dev.napkin.model.flow.NodeId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every simulated point in grid order (mode, knob, scale); per sink (in the flow's order) the
 * cost-vs-latency Pareto frontier, cheapest first; and the cheapest point that is stable and meets
 * every sink's SLA, if any.
 */
public record SweepResult(
    List<SweepPoint> points,
    Map<NodeId, List<SweepPoint>> frontierBySink,
    Optional<SweepPoint> cheapestMeetingAll) {

  public SweepResult {
    points = List.copyOf(points);
    Map<NodeId, List<SweepPoint>> copy = new LinkedHashMap<>();
    frontierBySink.forEach((sink, frontier) -> copy.put(sink, List.copyOf(frontier)));
    frontierBySink = Collections.unmodifiableMap(copy);
  }

  /** The points on any sink's frontier, in grid order. */
  public List<SweepPoint> onAnyFrontier() {
    return points.stream()
        .filter(p -> frontierBySink.values().stream().anyMatch(f -> containsSame(f, p)))
        .toList();
  }

  private static boolean containsSame(List<SweepPoint> frontier, SweepPoint point) {
    return frontier.stream().anyMatch(p -> p == point);
  }
}

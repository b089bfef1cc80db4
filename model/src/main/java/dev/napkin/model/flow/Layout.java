package dev.napkin.model.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Diagram positions only; never needed to simulate. */
public record Layout(Map<NodeId, Point> positions) {
  public static final Layout EMPTY = new Layout(Map.of());

  public Layout {
    positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
  }

  public Optional<Point> of(NodeId id) {
    return Optional.ofNullable(positions.get(id));
  }

  public Layout with(NodeId id, Point point) {
    Map<NodeId, Point> copy = new LinkedHashMap<>(positions);
    copy.put(id, point);
    return new Layout(copy);
  }

  public Layout without(NodeId id) {
    Map<NodeId, Point> copy = new LinkedHashMap<>(positions);
    copy.remove(id);
    return new Layout(copy);
  }

  /** A position on the canvas, in unscaled pixels. */
  public record Point(double x, double y) {}
}

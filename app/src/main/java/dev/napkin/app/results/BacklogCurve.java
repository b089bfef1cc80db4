package dev.napkin.app.results;

import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.result.BacklogTimeline;
import java.util.ArrayList;
import java.util.List;

/** A stage's mean backlog over simulated time: (hours since the start, records in the stage). */
public record BacklogCurve(NodeId node, List<Point> points) {
  public record Point(double hours, double records) {}

  public BacklogCurve {
    points = List.copyOf(points);
  }

  static BacklogCurve of(NodeId node, BacklogTimeline timeline) {
    List<Point> points = new ArrayList<>();
    for (int k = 0; k < timeline.meanBacklog().size(); k++) {
      points.add(new Point(timeline.bucketStartSeconds(k) / 3600, timeline.meanBacklog().get(k)));
    }
    return new BacklogCurve(node, points);
  }
}

package dev.napkin.app.testing;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Rate;
import java.util.List;

/** Small flows for tests. */
public final class Flows {
  private Flows() {}

  /** clicks → sessionize → dashboard, laid out left to right. */
  public static Flow chain() {
    Flow flow =
        Flow.of(
            "Chain",
            List.of(
                Source.of("clicks", Rate.parse("2k/s")),
                Transform.of("sessionize"),
                Sink.of("dashboard")),
            List.of(Edge.of("clicks", "sessionize"), Edge.of("sessionize", "dashboard")));
    return flow.withLayout(
        Layout.EMPTY
            .with(NodeId.of("clicks"), new Point(40, 100))
            .with(NodeId.of("sessionize"), new Point(300, 100))
            .with(NodeId.of("dashboard"), new Point(560, 100)));
  }

  public static NodeId id(String value) {
    return NodeId.of(value);
  }
}

package dev.napkin.app.export;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.List;
import java.util.Optional;

/** Flows built in code for the exporter tests. */
final class SmallFlows {
  private SmallFlows() {}

  /** clicks (kafka, 2k/s) → sessionize (1m tumbling, ×4) → dashboard (p95 ≤ 5m). */
  static Flow clickstream() {
    Transform sessionize =
        new Transform(
            NodeId.of("sessionize"),
            "Sessions",
            Optional.of("flink"),
            Op.AGGREGATE,
            Transform.DEFAULT_COST,
            Duration.ZERO,
            1.0,
            4,
            Optional.of(Window.tumbling(Duration.ofMinutes(1), Duration.ZERO)),
            500,
            Optional.empty());
    Sink dashboard =
        new Sink(
            NodeId.of("dashboard"),
            "Ops dashboard",
            Optional.of("druid"),
            Duration.ofSeconds(2),
            Sla.of(Duration.ofMinutes(5), 95));
    return Flow.of(
        "Clickstream",
        List.of(source("clicks", "Click events", "kafka"), sessionize, dashboard),
        List.of(contract("clicks", "sessionize", "clicks@3"), Edge.of("sessionize", "dashboard")));
  }

  static Source source(String id, String name, String tech) {
    return new Source(
        NodeId.of(id),
        name,
        Optional.ofNullable(tech),
        Rate.parse("2k/s"),
        Arrivals.POISSON,
        Profile.CONSTANT,
        Source.DEFAULT_RECORD_SIZE,
        Optional.empty());
  }

  static Sink sink(String id, String name) {
    return new Sink(NodeId.of(id), name, Optional.empty(), Duration.ZERO, Sla.NONE);
  }

  static Edge contract(String from, String to, String contract) {
    return new Edge(NodeId.of(from), NodeId.of(to), Optional.of(contract), Duration.ZERO);
  }
}

package dev.napkin.model.spec;

import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.SimulationSettings.Fidelity;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.spec.SpecNode.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the small sections: {@code defaults}, {@code simulation} and {@code layout}. */
final class SettingsReader {
  static final List<String> DEFAULTS = List.of("sla");
  static final List<String> SIMULATION =
      List.of("horizon", "warmup", "replications", "seed", "fidelity");
  static final List<String> POINT = List.of("x", "y");

  private SettingsReader() {}

  static Sla defaults(SpecNode node, String path, Values values) {
    return MapReader.of(node, path, values, "a map (e.g. {sla: {latency: 5m}})")
        .flatMap(
            m -> {
              m.allowOnly(DEFAULTS);
              return m.get("sla").flatMap(v -> SlaReader.read(v, m.pathOf("sla"), values));
            })
        .orElse(Sla.NONE);
  }

  static SimulationSettings simulation(SpecNode node, String path, Values values) {
    SimulationSettings d = SimulationSettings.DEFAULTS;
    return MapReader.of(node, path, values, "a map of run settings (horizon, seed, …)")
        .map(
            m -> {
              m.allowOnly(SIMULATION);
              return new SimulationSettings(
                  m.duration("horizon", d.horizon()),
                  m.duration("warmup", d.warmup()),
                  m.integer("replications").orElse(d.replications()),
                  m.whole("seed").orElse(d.seed()),
                  m.choice("fidelity", Fidelity.class, "a fidelity").orElse(d.fidelity()));
            })
        .orElse(d);
  }

  static Layout layout(SpecNode node, String path, Values values) {
    Optional<MapReader> map =
        MapReader.of(
            node, path, values, "a map of node id to position (e.g. {clicks: {x: 40, y: 120}})");
    if (map.isEmpty()) {
      return Layout.EMPTY;
    }
    Map<NodeId, Point> positions = new LinkedHashMap<>();
    for (Field field : map.get().node().fields().values()) {
      Optional<NodeId> id = NodeKeys.id(field, map.get());
      Optional<Point> point = point(field.value(), map.get().pathOf(field.key()), values);
      id.ifPresent(i -> point.ifPresent(p -> positions.put(i, p)));
    }
    return new Layout(positions);
  }

  private static Optional<Point> point(SpecNode node, String path, Values values) {
    return MapReader.of(node, path, values, "a position {x: …, y: …}")
        .flatMap(
            m -> {
              m.allowOnly(POINT);
              Optional<Double> x =
                  m.require("x", "a position needs x, a number")
                      ? m.decimal("x")
                      : Optional.empty();
              Optional<Double> y =
                  m.require("y", "a position needs y, a number")
                      ? m.decimal("y")
                      : Optional.empty();
              return x.flatMap(a -> y.map(b -> new Point(a, b)));
            });
  }
}

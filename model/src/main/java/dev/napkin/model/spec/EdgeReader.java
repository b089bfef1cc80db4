package dev.napkin.model.spec;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.unit.Duration;
import java.util.List;
import java.util.Optional;

/** Reads one entry of {@code edges}; whether its ends exist is the validator's business. */
final class EdgeReader {
  static final List<String> KEYS = List.of("from", "to", "contract", "transport");

  private EdgeReader() {}

  static Optional<Edge> read(SpecNode item, String path, Values values) {
    Optional<MapReader> map =
        MapReader.of(item, path, values, "an edge (e.g. {from: clicks, to: sessionize})");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader m = map.get();
    int mark = m.problems().mark();
    m.allowOnly(KEYS);
    Optional<NodeId> from =
        m.require("from", "an edge needs from, the id of the node it leaves")
            ? m.id("from")
            : Optional.empty();
    Optional<NodeId> to =
        m.require("to", "an edge needs to, the id of the node it enters")
            ? m.id("to")
            : Optional.empty();
    Optional<String> contract = m.text("contract");
    Duration transport = m.duration("transport", Duration.ZERO);
    Optional<Edge> edge = from.flatMap(f -> to.map(t -> new Edge(f, t, contract, transport)));
    edge.map(Edge::key).ifPresent((EdgeKey key) -> m.problems().tagSince(mark, key));
    return edge;
  }
}

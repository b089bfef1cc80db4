package dev.napkin.model.spec;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.NodeKind;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.spec.SpecNode.Field;
import dev.napkin.model.unit.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one entry of {@code nodes}: the common keys, then its kind's own keys. */
final class NodeReader {
  static final List<String> COMMON = List.of("id", "name", "kind", "tech");
  static final List<String> SOURCE =
      List.of("rate", "arrivals", "profile", "recordSize", "lateness");
  static final List<String> TRANSFORM =
      List.of("op", "cost", "overhead", "selectivity", "parallelism", "window", "keys", "mode");
  static final List<String> SINK = List.of("commit", "sla");

  private static final NodeId PLACEHOLDER = NodeId.of("unnamed");

  private NodeReader() {}

  static Optional<Node> read(SpecNode item, String path, Values values) {
    Optional<MapReader> map = MapReader.of(item, path, values, "a node (a map with id and kind)");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader m = map.get();
    int mark = m.problems().mark();
    Optional<NodeId> id =
        m.require("id", "every node has an id: a lower-case letter, then a-z, 0-9, _ or -")
            ? m.id("id")
            : Optional.empty();
    Optional<NodeKind> kind =
        m.require("kind", "every node has a kind: source, transform or sink")
            ? m.choice("kind", NodeKind.class, "a node kind")
            : Optional.empty();
    checkKeys(m, kind);
    Optional<String> name = m.text("name");
    Optional<String> tech = m.text("tech");
    // Read the kind's fields even without a usable id, so all their problems are reported.
    NodeId shownId = id.orElse(PLACEHOLDER);
    String shown = name.orElse(shownId.value());
    Optional<Node> node =
        kind.flatMap(
            k ->
                switch (k) {
                  case SOURCE -> source(m, shownId, shown, tech);
                  case TRANSFORM -> Optional.of(transform(m, shownId, shown, tech));
                  case SINK -> Optional.of(sink(m, shownId, shown, tech));
                });
    id.ifPresent(i -> m.problems().tagSince(mark, i));
    return id.isPresent() ? node : Optional.empty();
  }

  /** Unknown keys, keys of another kind, and {@code mode} outside transforms. */
  private static void checkKeys(MapReader m, Optional<NodeKind> kind) {
    List<String> allowed = new ArrayList<>(COMMON);
    if (kind.isPresent()) {
      allowed.addAll(keysOf(kind.get()));
    } else {
      allowed.addAll(SOURCE);
      allowed.addAll(TRANSFORM);
      allowed.addAll(SINK);
    }
    Set<String> allowedSet = Set.copyOf(allowed);
    for (Field field : m.node().fields().values()) {
      String key = field.key();
      if (allowedSet.contains(key)) {
        continue;
      }
      Optional<NodeKind> owner = ownerOf(key);
      if (owner.isEmpty()) {
        m.reportUnknown(field, allowed);
      } else if (key.equals("mode")) {
        m.problems()
            .error(
                SpecCodes.MODE_NOT_ALLOWED,
                m.pathOf(key),
                field.keyLocation(),
                "only transforms have a mode; a "
                    + kind.orElseThrow().specName()
                    + " runs the same in every mode");
      } else {
        m.problems()
            .error(
                SpecCodes.WRONG_KIND,
                m.pathOf(key),
                field.keyLocation(),
                Quoted.of(key)
                    + " is for "
                    + owner.get().specName()
                    + "s, and this node is a "
                    + kind.orElseThrow().specName());
      }
    }
  }

  private static List<String> keysOf(NodeKind kind) {
    return switch (kind) {
      case SOURCE -> SOURCE;
      case TRANSFORM -> TRANSFORM;
      case SINK -> SINK;
    };
  }

  private static Optional<NodeKind> ownerOf(String key) {
    for (NodeKind kind : NodeKind.values()) {
      if (keysOf(kind).contains(key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static Optional<Node> source(MapReader m, NodeId id, String name, Optional<String> tech) {
    boolean hasRate = m.require("rate", "a source needs its mean arrival rate, e.g. 2000/s");
    var rate = hasRate ? m.rate("rate") : Optional.<dev.napkin.model.unit.Rate>empty();
    Arrivals arrivals =
        m.choice("arrivals", Arrivals.class, "an arrival pattern").orElse(Arrivals.POISSON);
    Profile profile =
        m.get("profile")
            .flatMap(v -> ProfileReader.read(v, m.pathOf("profile"), m.values()))
            .orElse(Profile.CONSTANT);
    var recordSize = m.size("recordSize").orElse(Source.DEFAULT_RECORD_SIZE);
    Optional<Distribution> lateness =
        m.get("lateness")
            .flatMap(v -> DistributionReader.read(v, m.pathOf("lateness"), m.values()));
    return rate.map(r -> new Source(id, name, tech, r, arrivals, profile, recordSize, lateness));
  }

  private static Node transform(MapReader m, NodeId id, String name, Optional<String> tech) {
    Op op = m.choice("op", Op.class, "an operation").orElse(Op.MAP);
    Distribution cost =
        m.get("cost")
            .flatMap(v -> DistributionReader.read(v, m.pathOf("cost"), m.values()))
            .orElse(Transform.DEFAULT_COST);
    Duration overhead = m.duration("overhead", Duration.ZERO);
    double selectivity = m.decimal("selectivity").orElse(1.0);
    int parallelism = m.integer("parallelism").orElse(1);
    var window = m.get("window").flatMap(v -> WindowReader.read(v, m.pathOf("window"), m.values()));
    long keys = m.whole("keys").orElse(1L);
    Optional<ExecutionMode> mode = m.choice("mode", ExecutionMode.class, "an execution mode");
    return new Transform(
        id, name, tech, op, cost, overhead, selectivity, parallelism, window, keys, mode);
  }

  private static Node sink(MapReader m, NodeId id, String name, Optional<String> tech) {
    Duration commit = m.duration("commit", Duration.ZERO);
    Sla sla =
        m.get("sla").flatMap(v -> SlaReader.read(v, m.pathOf("sla"), m.values())).orElse(Sla.NONE);
    return new Sink(id, name, tech, commit, sla);
  }
}

package dev.napkin.model.spec;

import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.spec.SpecNode.ListNode;
import dev.napkin.model.spec.SpecNode.Scalar;
import dev.napkin.model.spec.SpecNode.ScalarType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the top level of a spec and hands each section to its reader. */
final class DocumentReader {
  static final List<String> KEYS =
      List.of(
          "napkin",
          "name",
          "description",
          "defaults",
          "nodes",
          "edges",
          "execution",
          "cost",
          "simulation",
          "layout");

  private DocumentReader() {}

  /** The flow, built even when problems were found (the caller drops it then). */
  static Optional<Flow> read(SpecNode root, Values values) {
    Optional<MapReader> doc =
        MapReader.of(root, "", values, "a map (a spec starts with napkin: 1 and name: …)");
    if (doc.isEmpty() || !knownVersion(doc.get())) {
      return Optional.empty();
    }
    MapReader m = doc.get();
    m.allowOnly(KEYS);
    Optional<String> name =
        m.require("name", "every spec has a name, e.g. name: Clickstream sessions")
            ? m.text("name")
            : Optional.empty();
    Optional<String> description = m.text("description");
    Sla defaultSla = section(m, "defaults", SettingsReader::defaults, Sla.NONE);
    List<Node> nodes =
        m.require("nodes", "every spec has a list of nodes")
            ? list(m, "nodes", "a list of nodes", NodeReader::read)
            : List.of();
    List<Edge> edges = list(m, "edges", "a list of edges", EdgeReader::read);
    Execution execution = section(m, "execution", ExecutionReader::read, Execution.DEFAULTS);
    CostSettings cost = section(m, "cost", CostReader::read, CostSettings.NONE);
    SimulationSettings simulation =
        section(m, "simulation", SettingsReader::simulation, SimulationSettings.DEFAULTS);
    Layout layout = section(m, "layout", SettingsReader::layout, Layout.EMPTY);
    return name.map(
        n ->
            new Flow(
                n, description, defaultSla, nodes, edges, execution, cost, simulation, layout));
  }

  /** {@code napkin: 1}; a missing version is reported and reading goes on, another one stops it. */
  private static boolean knownVersion(MapReader m) {
    if (!m.require("napkin", "the format version; write napkin: 1 first")) {
      return true;
    }
    SpecNode version = m.get("napkin").orElseThrow();
    if (version instanceof Scalar s && s.type() == ScalarType.NUMBER && isOne(s.text())) {
      return true;
    }
    String message =
        version instanceof Scalar s && s.type() == ScalarType.NUMBER
            ? "format version "
                + s.text()
                + " is not supported: this Napkin reads format "
                + Flow.FORMAT
                + " (napkin: 1)"
            : "the format version must be the number 1, found " + version.describe();
    m.problems().error(SpecCodes.BAD_VERSION, "napkin", version.location(), message);
    return false;
  }

  private static boolean isOne(String text) {
    try {
      return new BigDecimal(text).compareTo(BigDecimal.ONE) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static <T> T section(MapReader m, String key, Reader<T> reader, T fallback) {
    return m.get(key).map(v -> reader.read(v, m.pathOf(key), m.values())).orElse(fallback);
  }

  private static <T> List<T> list(MapReader m, String key, String what, ItemReader<T> reader) {
    Optional<ListNode> list = m.list(key, what);
    List<T> items = new ArrayList<>();
    list.ifPresent(
        l -> {
          for (int i = 0; i < l.items().size(); i++) {
            reader
                .read(l.items().get(i), Paths.index(m.pathOf(key), i), m.values())
                .ifPresent(items::add);
          }
        });
    return items;
  }

  /** Reads a section, falling back to defaults where it cannot. */
  @FunctionalInterface
  interface Reader<T> {
    T read(SpecNode node, String path, Values values);
  }

  /** Reads one list item, empty when it cannot. */
  @FunctionalInterface
  interface ItemReader<T> {
    Optional<T> read(SpecNode node, String path, Values values);
  }
}

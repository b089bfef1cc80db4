package dev.napkin.model.flow;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole flow spec (format 1), immutable. Every field holds its effective value (defaults filled
 * in) except where absence means something, which is an {@link Optional}.
 */
public record Flow(
    String name,
    Optional<String> description,
    Sla defaultSla,
    List<Node> nodes,
    List<Edge> edges,
    Execution execution,
    CostSettings cost,
    SimulationSettings simulation,
    Layout layout) {

  public static final int FORMAT = 1;

  public Flow {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** A flow with the given nodes and edges and every other setting at its default. */
  public static Flow of(String name, List<Node> nodes, List<Edge> edges) {
    return new Flow(
        name,
        Optional.empty(),
        Sla.NONE,
        nodes,
        edges,
        Execution.DEFAULTS,
        CostSettings.NONE,
        SimulationSettings.DEFAULTS,
        Layout.EMPTY);
  }

  public Optional<Node> node(NodeId id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  public Stream<Source> sources() {
    return nodes.stream().filter(Source.class::isInstance).map(Source.class::cast);
  }

  public Stream<Transform> transforms() {
    return nodes.stream().filter(Transform.class::isInstance).map(Transform.class::cast);
  }

  public Stream<Sink> sinks() {
    return nodes.stream().filter(Sink.class::isInstance).map(Sink.class::cast);
  }

  /** A sink's SLA merged field by field over {@code defaults.sla}. */
  public Sla effectiveSla(Sink sink) {
    return sink.sla().over(defaultSla);
  }

  /** The mode a transform runs in when the flow is run as designed. */
  public ExecutionMode designedMode(Transform transform) {
    return transform.mode().orElse(execution.mode());
  }

  public Flow withNodes(List<Node> newNodes) {
    return new Flow(
        name, description, defaultSla, newNodes, edges, execution, cost, simulation, layout);
  }

  public Flow withEdges(List<Edge> newEdges) {
    return new Flow(
        name, description, defaultSla, nodes, newEdges, execution, cost, simulation, layout);
  }

  public Flow withExecution(Execution value) {
    return new Flow(name, description, defaultSla, nodes, edges, value, cost, simulation, layout);
  }

  public Flow withSimulation(SimulationSettings value) {
    return new Flow(name, description, defaultSla, nodes, edges, execution, cost, value, layout);
  }

  public Flow withLayout(Layout value) {
    return new Flow(
        name, description, defaultSla, nodes, edges, execution, cost, simulation, value);
  }
}

package dev.napkin.model.testing;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
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

/** Builds flows for tests, in code: valid values unless a test changes one. */
public final class Flows {
  private Flows() {}

  public static Flow flow(List<? extends Node> nodes, List<Edge> edges) {
    return Flow.of("test", List.copyOf(nodes), edges);
  }

  public static List<Edge> edges(String... pairs) {
    return java.util.Arrays.stream(pairs).map(Flows::edge).toList();
  }

  /** {@code "a>b"}: an edge from a to b with a schema contract. */
  public static Edge edge(String pair) {
    String[] ends = pair.split(">");
    return contracted(ends[0], ends[1]);
  }

  public static Edge contracted(String from, String to) {
    return new Edge(NodeId.of(from), NodeId.of(to), Optional.of(from + "@1"), Duration.ZERO);
  }

  public static Source source(String id) {
    return Source.of(id, Rate.perSecond(100));
  }

  public static Source source(String id, Distribution lateness) {
    return new Source(
        NodeId.of(id),
        id,
        Optional.empty(),
        Rate.perSecond(100),
        Arrivals.POISSON,
        Profile.CONSTANT,
        Source.DEFAULT_RECORD_SIZE,
        Optional.of(lateness));
  }

  public static Source source(String id, Rate rate, Profile profile) {
    return new Source(
        NodeId.of(id),
        id,
        Optional.empty(),
        rate,
        Arrivals.POISSON,
        profile,
        Source.DEFAULT_RECORD_SIZE,
        Optional.empty());
  }

  public static TransformBuilder transform(String id) {
    return new TransformBuilder(id);
  }

  public static Transform map(String id) {
    return Transform.of(id);
  }

  public static Transform aggregate(String id) {
    return transform(id)
        .op(Op.AGGREGATE)
        .window(Window.tumbling(Duration.ofMinutes(1), Duration.ZERO))
        .build();
  }

  public static Transform inMode(String id, ExecutionMode mode) {
    return Transform.of(id).withMode(Optional.of(mode));
  }

  /** A sink with a 5 minute p95 SLA. */
  public static Sink sink(String id) {
    return sink(id, Sla.of(Duration.ofMinutes(5), 95));
  }

  public static Sink sink(String id, Sla sla) {
    return new Sink(NodeId.of(id), id, Optional.empty(), Duration.ZERO, sla);
  }

  public static NodeId id(String value) {
    return NodeId.of(value);
  }

  public static List<NodeId> ids(String... values) {
    return java.util.Arrays.stream(values).map(NodeId::of).toList();
  }

  /** A transform with the spec's defaults; set what a test needs. */
  public static final class TransformBuilder {
    private final String id;
    private Op op = Op.MAP;
    private Distribution cost = Transform.DEFAULT_COST;
    private Duration overhead = Duration.ZERO;
    private double selectivity = 1.0;
    private int parallelism = 1;
    private Optional<Window> window = Optional.empty();
    private long keys = 1;
    private Optional<ExecutionMode> mode = Optional.empty();

    private TransformBuilder(String id) {
      this.id = id;
    }

    public TransformBuilder op(Op value) {
      op = value;
      return this;
    }

    public TransformBuilder cost(Distribution value) {
      cost = value;
      return this;
    }

    public TransformBuilder selectivity(double value) {
      selectivity = value;
      return this;
    }

    public TransformBuilder parallelism(int value) {
      parallelism = value;
      return this;
    }

    public TransformBuilder window(Window value) {
      window = Optional.of(value);
      return this;
    }

    public TransformBuilder keys(long value) {
      keys = value;
      return this;
    }

    public TransformBuilder mode(ExecutionMode value) {
      mode = Optional.of(value);
      return this;
    }

    public Transform build() {
      return new Transform(
          NodeId.of(id),
          id,
          Optional.empty(),
          op,
          cost,
          overhead,
          selectivity,
          parallelism,
          window,
          keys,
          mode);
    }
  }
}

package dev.napkin.model.validate;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.DataSize;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Money;
import dev.napkin.model.unit.Rate;
import dev.napkin.model.unit.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary flow values for property tests: any value the records can hold, with extremes, repeated
 * ids, edges to unknown nodes, self-loops and cycles.
 */
final class FlowArbitraries {
  private FlowArbitraries() {}

  /** Nodes take ids from a-f, edges and references from a-h: repeats and unknown ids happen. */
  static Arbitrary<NodeId> nodeIds() {
    return Arbitraries.of("a", "b", "c", "d", "e", "f").map(NodeId::of);
  }

  static Arbitrary<NodeId> referencedIds() {
    return Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h").map(NodeId::of);
  }

  static Arbitrary<Duration> durations() {
    return Arbitraries.oneOf(
            Arbitraries.of(0L, 1L, 1_000_000_000L, 3_600_000_000_000L, Long.MAX_VALUE),
            Arbitraries.longs().between(0, Long.MAX_VALUE))
        .map(Duration::ofNanos);
  }

  static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            -Double.MAX_VALUE,
            Double.MAX_VALUE,
            Double.MIN_VALUE,
            -1.0,
            0.0,
            0.5,
            0.99,
            1.0,
            2.0,
            99.0,
            100.0),
        Arbitraries.doubles());
  }

  static Arbitrary<Integer> ints() {
    return Arbitraries.oneOf(
        Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE), Arbitraries.integers());
  }

  static Arbitrary<Distribution> distributions(int depth) {
    Arbitrary<Distribution> fixed = durations().map(Distribution::fixed);
    Arbitrary<Distribution> exponential = durations().map(Distribution.Exponential::new);
    Arbitrary<Distribution> lognormal =
        Combinators.combine(durations(), durations()).as(Distribution.LogNormal::new);
    Arbitrary<Distribution> pareto =
        Combinators.combine(durations(), doubles()).as(Distribution.Pareto::new);
    Arbitrary<Distribution> uniform =
        Combinators.combine(durations(), durations()).as(Distribution.Uniform::new);
    if (depth == 0) {
      return Arbitraries.oneOf(fixed, exponential, lognormal, pareto, uniform);
    }
    Arbitrary<Distribution> mixture =
        Combinators.combine(doubles(), distributions(depth - 1))
            .as(Distribution.Component::new)
            .list()
            .ofMaxSize(3)
            .map(Distribution.Mixture::new);
    return Arbitraries.oneOf(fixed, exponential, lognormal, pareto, uniform, mixture);
  }

  static Arbitrary<Rate> rates() {
    return Arbitraries.oneOf(
            Arbitraries.of(BigDecimal.ZERO, new BigDecimal("1e-30"), new BigDecimal("1e30")),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e12")))
        .flatMap(count -> Arbitraries.of(Rate.Per.class).map(per -> new Rate(count, per)));
  }

  static Arbitrary<Profile> profiles() {
    return Arbitraries.oneOf(
        Arbitraries.just(Profile.CONSTANT),
        Combinators.combine(doubles(), durations()).as(Profile.Diurnal::new),
        Combinators.combine(durations(), durations(), doubles()).as(Profile.Bursts::new),
        Arbitraries.of("", " ", "t.csv", "../t.csv", "/t.csv", "a/../../t.csv", "C:\\t.csv")
            .map(Profile.Trace::new));
  }

  static Arbitrary<Source> sources() {
    return Combinators.combine(
            nodeIds(),
            rates(),
            Arbitraries.of(Arrivals.class),
            profiles(),
            distributions(2).optional())
        .as(
            (id, rate, arrivals, profile, lateness) ->
                new Source(
                    id,
                    id.value(),
                    Optional.empty(),
                    rate,
                    arrivals,
                    profile,
                    DataSize.ofKibibytes(1),
                    lateness));
  }

  static Arbitrary<Window> windows() {
    return Combinators.combine(
            Arbitraries.of(Window.Type.class), durations(), durations(), durations())
        .as(Window::new);
  }

  static Arbitrary<Transform> transforms() {
    return Combinators.combine(
            nodeIds(),
            Arbitraries.of(Op.class),
            distributions(2),
            durations(),
            doubles(),
            ints(),
            windows().optional(),
            Arbitraries.oneOf(Arbitraries.of(Long.MIN_VALUE, 0L, 1L), Arbitraries.longs()))
        .as(
            (id, op, cost, overhead, selectivity, parallelism, window, keys) ->
                new Transform(
                    id,
                    id.value(),
                    Optional.empty(),
                    op,
                    cost,
                    overhead,
                    selectivity,
                    parallelism,
                    window,
                    keys,
                    Optional.empty()))
        .flatMap(t -> Arbitraries.of(ExecutionMode.class).optional().map(t::withMode));
  }

  static Arbitrary<Sla> slas() {
    return Combinators.combine(
            durations().optional(),
            doubles().optional(),
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.ONE)
                .map(Ratio::new)
                .optional())
        .as(Sla::new);
  }

  static Arbitrary<Sink> sinks() {
    return Combinators.combine(nodeIds(), durations(), slas())
        .as((id, commit, sla) -> new Sink(id, id.value(), Optional.empty(), commit, sla));
  }

  static Arbitrary<Edge> edges() {
    return Combinators.combine(
            referencedIds(),
            referencedIds(),
            Arbitraries.of("", " ", "clicks@3").optional(),
            durations())
        .as(Edge::new);
  }

  static Arbitrary<Execution> executions() {
    Arbitrary<Execution.Batch> batch =
        Combinators.combine(
                durations(), durations(), Arbitraries.of(Execution.Partition.class), durations())
            .as(Execution.Batch::new);
    Arbitrary<Execution.MicroBatch> microBatch =
        Combinators.combine(durations(), durations(), durations().optional())
            .as(Execution.MicroBatch::new);
    Arbitrary<Execution.Streaming> streaming =
        Combinators.combine(
                durations(),
                durations(),
                Arbitraries.of(Execution.Delivery.class),
                durations(),
                durations())
            .as(Execution.Streaming::new);
    return Combinators.combine(Arbitraries.of(ExecutionMode.class), batch, microBatch, streaming)
        .as(Execution::new);
  }

  static Arbitrary<SimulationSettings> simulations() {
    return Combinators.combine(
            durations(),
            durations(),
            ints(),
            Arbitraries.longs(),
            Arbitraries.of(SimulationSettings.Fidelity.class))
        .as(SimulationSettings::new);
  }

  static Arbitrary<Layout> layouts() {
    return Arbitraries.maps(
            referencedIds(), Combinators.combine(doubles(), doubles()).as(Layout.Point::new))
        .ofMaxSize(4)
        .map(Layout::new);
  }

  static Arbitrary<CostSettings> costs() {
    return Arbitraries.maps(referencedIds(), Arbitraries.of(Money.usd("0"), Money.usd("150")))
        .ofMaxSize(3)
        .map(
            monthly ->
                new CostSettings(
                    Optional.empty(),
                    CostSettings.ModePrices.NONE,
                    CostSettings.ModePrices.NONE,
                    CostSettings.ModePrices.NONE,
                    monthly));
  }

  static Arbitrary<Flow> flows() {
    Arbitrary<Node> node = Arbitraries.oneOf(sources(), transforms(), sinks());
    return Combinators.combine(
            slas(),
            node.list().ofMaxSize(10),
            edges().list().ofMaxSize(16),
            executions(),
            costs(),
            simulations(),
            layouts())
        .as(
            (sla, nodes, edges, execution, cost, simulation, layout) ->
                new Flow(
                    "any",
                    Optional.empty(),
                    sla,
                    nodes,
                    edges,
                    execution,
                    cost,
                    simulation,
                    layout));
  }
}

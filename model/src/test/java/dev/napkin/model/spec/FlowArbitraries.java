package dev.napkin.model.spec;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.dist.Distribution.Component;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.CostSettings.ModePrices;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Execution.Batch;
import dev.napkin.model.flow.Execution.Delivery;
import dev.napkin.model.flow.Execution.MicroBatch;
import dev.napkin.model.flow.Execution.Partition;
import dev.napkin.model.flow.Execution.Streaming;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.SimulationSettings.Fidelity;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.DataSize;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Money;
import dev.napkin.model.unit.MoneyRate;
import dev.napkin.model.unit.Rate;
import dev.napkin.model.unit.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generates any flow the format can hold: every kind of node, value and setting. */
final class FlowArbitraries {
  private FlowArbitraries() {}

  static Arbitrary<Flow> flows() {
    Arbitrary<List<Node>> nodes = node().list().ofMaxSize(6).uniqueElements(Node::id);
    Arbitrary<Settings> settings =
        Combinators.combine(execution(), cost(), simulation(), layout()).as(Settings::new);
    return Combinators.combine(
            text(), text().optional(0.5), sla(), nodes, edge().list().ofMaxSize(6), settings)
        .as(
            (name, description, sla, ns, es, s) ->
                new Flow(
                    name,
                    description,
                    sla,
                    ns,
                    es,
                    s.execution(),
                    s.cost(),
                    s.simulation(),
                    s.layout()));
  }

  private record Settings(
      Execution execution, CostSettings cost, SimulationSettings simulation, Layout layout) {}

  static Arbitrary<NodeId> ids() {
    Arbitrary<String> first = Arbitraries.chars().range('a', 'z').map(String::valueOf);
    Arbitrary<String> rest =
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_-").ofMaxLength(8);
    return Combinators.combine(first, rest).as((a, b) -> NodeId.of(a + b));
  }

  /** Any text without unpaired surrogates, now and then with characters beyond the BMP. */
  static Arbitrary<String> text() {
    Arbitrary<String> plain =
        Arbitraries.strings()
            .withCharRange('\u0000', '\uD7FF')
            .withCharRange('\uE000', '\uFFFF')
            .ofMaxLength(20);
    Arbitrary<String> words =
        Arbitraries.of(
            "Click events",
            "true",
            "42",
            "a: b",
            "#x",
            "- y",
            "null",
            "Café",
            " x ",
            "two\nlines",
            "ends\n",
            "gap\n\nthen\n\n\n",
            "tail \nspace",
            "a\n  indented",
            "- a\n- b",
            "😀\n😀");
    return Arbitraries.oneOf(plain, words, plain.map(s -> s + "😀"));
  }

  private static Arbitrary<Node> node() {
    return Arbitraries.oneOf(source(), transform(), sink());
  }

  /** A node's id and display name (the id itself half the time, as when none is written). */
  private record Named(NodeId id, String name) {}

  private static Arbitrary<Named> named() {
    return Combinators.combine(ids(), text().optional(0.5))
        .as((id, name) -> new Named(id, name.orElse(id.value())));
  }

  private static Arbitrary<Node> source() {
    return Combinators.combine(
            named(),
            text().optional(0.5),
            rates(),
            Arbitraries.of(Arrivals.class),
            profiles(),
            sizes(),
            distributions(2).optional(0.5))
        .as(
            (n, tech, rate, arrivals, profile, size, lateness) ->
                new Source(n.id(), n.name(), tech, rate, arrivals, profile, size, lateness));
  }

  /** The fields of a transform after its cost, to stay within Combinators' eight. */
  private record Shape(
      double selectivity,
      int parallelism,
      Optional<Window> window,
      long keys,
      Optional<ExecutionMode> mode) {}

  private static Arbitrary<Node> transform() {
    Arbitrary<Shape> shape =
        Combinators.combine(
                doubles(),
                Arbitraries.integers(),
                windows().optional(0.5),
                Arbitraries.longs(),
                Arbitraries.of(ExecutionMode.class).optional(0.5))
            .as(Shape::new);
    return Combinators.combine(
            named(),
            text().optional(0.5),
            Arbitraries.of(Op.class),
            Arbitraries.oneOf(Arbitraries.just(Transform.DEFAULT_COST), distributions(2)),
            durations(),
            shape)
        .as(
            (n, tech, op, cost, overhead, s) ->
                new Transform(
                    n.id(),
                    n.name(),
                    tech,
                    op,
                    cost,
                    overhead,
                    s.selectivity(),
                    s.parallelism(),
                    s.window(),
                    s.keys(),
                    s.mode()));
  }

  private static Arbitrary<Node> sink() {
    return Combinators.combine(named(), text().optional(0.5), durations(), sla())
        .as((n, tech, commit, sla) -> new Sink(n.id(), n.name(), tech, commit, sla));
  }

  /** Edges between any ids: whether the ends exist is the validator's concern. */
  private static Arbitrary<Edge> edge() {
    return Combinators.combine(ids(), ids(), text().optional(0.5), durations()).as(Edge::new);
  }

  static Arbitrary<Duration> durations() {
    Arbitrary<Long> round =
        Combinators.combine(
                Arbitraries.of(
                    1L, 1_000L, 1_000_000L, 1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L),
                Arbitraries.longs().between(0, 1000))
            .as((unit, n) -> n * unit);
    return Arbitraries.oneOf(round, Arbitraries.longs().greaterOrEqual(0)).map(Duration::ofNanos);
  }

  /** Finite doubles of every magnitude, never -0.0 (which no text reads back as). */
  static Arbitrary<Double> doubles() {
    Arbitrary<Double> everyday =
        Arbitraries.bigDecimals()
            .between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000))
            .ofScale(3)
            .map(BigDecimal::doubleValue);
    return Arbitraries.oneOf(everyday, Arbitraries.doubles())
        .filter(d -> Double.isFinite(d) && !(d == 0 && 1 / d < 0));
  }

  private static Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 1_000_000_000_000L),
            Arbitraries.integers().between(0, 6))
        .as(BigDecimal::valueOf);
  }

  private static Arbitrary<Rate> rates() {
    return Combinators.combine(amounts(), Arbitraries.of(Rate.Per.class)).as(Rate::new);
  }

  private static Arbitrary<DataSize> sizes() {
    return Arbitraries.longs().between(0, 1L << 50).map(DataSize::new);
  }

  private static Arbitrary<Money> money() {
    Arbitrary<String> currency = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
    return Combinators.combine(amounts(), currency).as(Money::new);
  }

  private static Arbitrary<Ratio> ratios() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.ONE)
        .ofScale(6)
        .map(Ratio::new);
  }

  static Arbitrary<Distribution> distributions(int depth) {
    List<Arbitrary<Distribution>> forms = new ArrayList<>();
    forms.add(durations().map(Distribution::fixed));
    forms.add(durations().map(Distribution.Exponential::new));
    forms.add(Combinators.combine(durations(), durations()).as(Distribution.LogNormal::new));
    forms.add(Combinators.combine(durations(), doubles()).as(Distribution.Pareto::new));
    forms.add(Combinators.combine(durations(), durations()).as(Distribution.Uniform::new));
    if (depth > 0) {
      Arbitrary<Component> part =
          Combinators.combine(doubles(), distributions(depth - 1)).as(Component::new);
      forms.add(part.list().ofMinSize(1).ofMaxSize(3).map(Distribution.Mixture::new));
    }
    return Arbitraries.oneOf(forms);
  }

  private static Arbitrary<Profile> profiles() {
    Arbitrary<Duration> timeOfDay =
        Arbitraries.longs().between(0, 86_400_000_000_000L - 1).map(Duration::ofNanos);
    return Arbitraries.oneOf(
        Arbitraries.just(Profile.CONSTANT),
        Combinators.combine(doubles(), timeOfDay).as(Profile.Diurnal::new),
        Combinators.combine(durations(), durations(), doubles()).as(Profile.Bursts::new),
        text().map(Profile.Trace::new));
  }

  private static Arbitrary<Window> windows() {
    return Arbitraries.oneOf(
        Combinators.combine(durations(), durations()).as(Window::tumbling),
        Combinators.combine(durations(), durations(), durations()).as(Window::sliding));
  }

  private static Arbitrary<Sla> sla() {
    return Combinators.combine(
            durations().optional(0.5), doubles().optional(0.5), ratios().optional(0.5))
        .as(Sla::new);
  }

  private static Arbitrary<Execution> execution() {
    Arbitrary<Batch> batch =
        Combinators.combine(durations(), durations(), Arbitraries.of(Partition.class), durations())
            .as(Batch::new);
    Arbitrary<MicroBatch> micro =
        Combinators.combine(durations(), durations(), durations().optional(0.5))
            .as(MicroBatch::new);
    Arbitrary<Streaming> streaming =
        Combinators.combine(
                durations(), durations(), Arbitraries.of(Delivery.class), durations(), durations())
            .as(Streaming::new);
    Arbitrary<Execution> any =
        Combinators.combine(Arbitraries.of(ExecutionMode.class), batch, micro, streaming)
            .as(Execution::new);
    return Arbitraries.oneOf(Arbitraries.just(Execution.DEFAULTS), any);
  }

  private static Arbitrary<CostSettings> cost() {
    Arbitrary<Optional<MoneyRate>> price = money().map(MoneyRate::new).optional(0.5);
    Arbitrary<ModePrices> mode = price.map(p -> new ModePrices(p, Optional.empty()));
    Arbitrary<ModePrices> streaming = Combinators.combine(price, price).as(ModePrices::new);
    Arbitrary<Map<NodeId, Money>> monthly =
        Arbitraries.maps(ids(), money()).ofMaxSize(3).map(LinkedHashMap::new);
    return Combinators.combine(price, mode, mode, streaming, monthly).as(CostSettings::new);
  }

  private static Arbitrary<SimulationSettings> simulation() {
    return Combinators.combine(
            durations(),
            durations(),
            Arbitraries.integers(),
            Arbitraries.longs(),
            Arbitraries.of(Fidelity.class))
        .as(SimulationSettings::new);
  }

  private static Arbitrary<Layout> layout() {
    Arbitrary<Point> points = Combinators.combine(doubles(), doubles()).as(Point::new);
    return Arbitraries.maps(ids(), points).ofMaxSize(4).map(Layout::new);
  }
}

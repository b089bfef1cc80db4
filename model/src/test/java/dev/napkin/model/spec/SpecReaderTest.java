package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.dist.Distribution.Component;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.CostSettings.ModePrices;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
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
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecReaderTest {

  /** SPEC.md's document example, value by value. */
  static Flow clickstream() {
    Source clicks =
        new Source(
            NodeId.of("clicks"),
            "Click events",
            Optional.of("kafka"),
            Rate.parse("2000/s"),
            Arrivals.POISSON,
            new Profile.Diurnal(1.8, Duration.ofHours(14)),
            DataSize.ofKibibytes(1),
            Optional.of(new Distribution.LogNormal(Duration.ofSeconds(2), Duration.ofSeconds(40))));
    Transform sessionize =
        new Transform(
            NodeId.of("sessionize"),
            "sessionize",
            Optional.empty(),
            Op.AGGREGATE,
            Distribution.fixed(Duration.ofNanos(40_000)),
            Duration.ZERO,
            1.0,
            4,
            Optional.of(Window.tumbling(Duration.ofMinutes(1), Duration.ofSeconds(30))),
            500,
            Optional.of(ExecutionMode.STREAMING));
    Sink dashboard =
        new Sink(
            NodeId.of("dashboard"),
            "dashboard",
            Optional.of("druid"),
            Duration.ofSeconds(2),
            new Sla(
                Optional.of(Duration.ofMinutes(2)),
                Optional.of(99.0),
                Optional.of(Ratio.ofPercent("95"))));
    return new Flow(
        "Clickstream sessions",
        Optional.of("Sessions per page for the ops dashboard."),
        Sla.of(Duration.ofMinutes(5), 95),
        List.of(clicks, sessionize, dashboard),
        List.of(
            new Edge(
                NodeId.of("clicks"),
                NodeId.of("sessionize"),
                Optional.of("clicks@3"),
                Duration.ofMillis(5)),
            Edge.of("sessionize", "dashboard")),
        new Execution(
            ExecutionMode.STREAMING,
            Batch.DEFAULTS,
            new MicroBatch(
                Duration.ofSeconds(30), Duration.ofMillis(200), Optional.of(Duration.ofSeconds(5))),
            Streaming.DEFAULTS),
        new CostSettings(
            Optional.of(MoneyRate.usdPerHour("0.048")),
            new ModePrices(Optional.of(MoneyRate.usdPerHour("0.06")), Optional.empty()),
            new ModePrices(Optional.of(MoneyRate.usdPerHour("0.06")), Optional.empty()),
            new ModePrices(
                Optional.of(MoneyRate.usdPerHour("0.11")),
                Optional.of(MoneyRate.usdPerHour("0.11"))),
            Map.of(NodeId.of("clicks"), Money.usd("150"))),
        SimulationSettings.DEFAULTS.withSeed(42),
        new Layout(Map.of(NodeId.of("clicks"), new Point(40, 120))));
  }

  @Test
  void readsTheSpecExampleIntoTheFlowItDescribes() {
    ReadResult result = TestSpecs.read(TestSpecs.folder("valid").resolve("clickstream.yaml"));

    assertThat(result.issues()).isEmpty();
    assertThat(result.flow()).contains(clickstream());
  }

  @Test
  void readsTheSameFlowFromJson() {
    ReadResult result = TestSpecs.read(TestSpecs.folder("valid").resolve("clickstream.json"));

    assertThat(result.issues()).isEmpty();
    assertThat(result.flow()).contains(clickstream());
  }

  @Test
  void fillsEveryAbsentFieldWithItsDefault() {
    ReadResult result =
        TestSpecs.readYaml(
            """
            napkin: 1
            name: Minimal
            nodes:
              - {id: in, kind: source, rate: 10/s}
              - {id: work, kind: transform}
              - {id: out, kind: sink}
            """);

    Flow expected =
        Flow.of(
            "Minimal",
            List.of(Source.of("in", Rate.parse("10/s")), Transform.of("work"), Sink.of("out")),
            List.of());
    assertThat(result.issues()).isEmpty();
    assertThat(result.flow()).contains(expected);
    assertThat(expected.execution()).isEqualTo(Execution.DEFAULTS);
    assertThat(expected.simulation())
        .isEqualTo(
            new SimulationSettings(Duration.ofHours(24), Duration.ofHours(1), 5, 1, Fidelity.AUTO));
  }

  @Test
  void readsEveryDistributionForm() {
    ReadResult result =
        TestSpecs.readYaml(
            """
            napkin: 1
            name: Distributions
            nodes:
              - {id: a, kind: transform, cost: {dist: fixed, value: 2s}}
              - {id: b, kind: transform, cost: {dist: exponential, mean: 2s}}
              - {id: c, kind: transform, cost: {dist: pareto, scale: 1s, alpha: 1.5}}
              - {id: d, kind: transform, cost: {dist: uniform, min: 1s, max: 3s}}
              - id: e
                kind: transform
                cost:
                  dist: mixture
                  of:
                    - {weight: 0.99, dist: lognormal, median: 2s, p99: 40s}
                    - weight: 0.01
                      dist: mixture
                      of: [{weight: 1, dist: fixed, value: 2h}]
            """);

    assertThat(result.issues()).isEmpty();
    assertThat(result.flow().orElseThrow().transforms().map(Transform::cost))
        .containsExactly(
            Distribution.fixed(Duration.ofSeconds(2)),
            new Distribution.Exponential(Duration.ofSeconds(2)),
            new Distribution.Pareto(Duration.ofSeconds(1), 1.5),
            new Distribution.Uniform(Duration.ofSeconds(1), Duration.ofSeconds(3)),
            new Distribution.Mixture(
                List.of(
                    new Component(
                        0.99,
                        new Distribution.LogNormal(Duration.ofSeconds(2), Duration.ofSeconds(40))),
                    new Component(
                        0.01,
                        new Distribution.Mixture(
                            List.of(new Component(1, Distribution.fixed(Duration.ofHours(2)))))))));
  }

  @Test
  void readsProfilesWindowsAndModeSettings() {
    ReadResult result =
        TestSpecs.readYaml(
            """
            napkin: 1
            name: Settings
            nodes:
              - {id: a, kind: source, rate: 1.5M/d, arrivals: deterministic, recordSize: 4MiB,
                 profile: {type: bursts, every: 1h, duration: 5m, factor: 3}}
              - {id: b, kind: source, rate: 120/min, arrivals: uniform,
                 profile: {type: trace, file: arrivals.csv}, lateness: 0s}
              - {id: c, kind: transform, op: aggregate, overhead: 2s, selectivity: 0.5,
                 window: {type: sliding, size: 1m, slide: 10s}, keys: 12, mode: micro-batch}
            execution:
              mode: micro-batch
              batch: {every: 2h, startup: 1m, partition: event, grace: 10m}
              microBatch: {every: 1m, overhead: 1s}
              streaming: {checkpoint: 30s, checkpointDuration: 2s, delivery: at-least-once,
                          watermarkDelay: 10s, bufferTimeout: 50ms}
            cost: {vcpuHour: 0.05 USD/h}
            simulation: {horizon: 2d, warmup: 0s, replications: 10, seed: -7, fidelity: exact}
            """);

    Flow flow = result.flow().orElseThrow();
    assertThat(result.issues()).isEmpty();
    assertThat(flow.sources().map(Source::profile))
        .containsExactly(
            new Profile.Bursts(Duration.ofHours(1), Duration.ofMinutes(5), 3),
            new Profile.Trace("arrivals.csv"));
    assertThat(flow.sources().map(Source::arrivals))
        .containsExactly(Arrivals.DETERMINISTIC, Arrivals.UNIFORM);
    assertThat(flow.sources().map(Source::lateness))
        .containsExactly(Optional.empty(), Optional.of(Distribution.fixed(Duration.ZERO)));
    assertThat(flow.transforms().findFirst().orElseThrow())
        .isEqualTo(
            new Transform(
                NodeId.of("c"),
                "c",
                Optional.empty(),
                Op.AGGREGATE,
                Transform.DEFAULT_COST,
                Duration.ofSeconds(2),
                0.5,
                1,
                Optional.of(
                    Window.sliding(Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ZERO)),
                12,
                Optional.of(ExecutionMode.MICRO_BATCH)));
    assertThat(flow.execution())
        .isEqualTo(
            new Execution(
                ExecutionMode.MICRO_BATCH,
                new Batch(
                    Duration.ofHours(2),
                    Duration.ofMinutes(1),
                    Partition.EVENT,
                    Duration.ofMinutes(10)),
                new MicroBatch(Duration.ofMinutes(1), Duration.ofSeconds(1), Optional.empty()),
                new Streaming(
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(2),
                    Delivery.AT_LEAST_ONCE,
                    Duration.ofSeconds(10),
                    Duration.ofMillis(50))));
    assertThat(flow.cost())
        .isEqualTo(
            new CostSettings(
                Optional.of(MoneyRate.usdPerHour("0.05")),
                ModePrices.NONE,
                ModePrices.NONE,
                ModePrices.NONE,
                Map.of()));
    assertThat(flow.simulation())
        .isEqualTo(
            new SimulationSettings(Duration.ofHours(48), Duration.ZERO, 10, -7, Fidelity.EXACT));
  }

  @Test
  void leavesSemanticRulesToTheValidator() {
    ReadResult result =
        TestSpecs.readYaml(
            """
            napkin: 1
            name: Semantics later
            nodes:
              - {id: a, kind: sink}
              - {id: a, kind: transform, parallelism: 0}
            edges:
              - {from: a, to: nowhere}
              - {from: a, to: a}
            layout:
              ghost: {x: 1, y: 2}
            """);

    assertThat(result.issues()).isEmpty();
    Flow flow = result.flow().orElseThrow();
    assertThat(flow.nodes()).extracting(n -> n.id().value()).containsExactly("a", "a");
    assertThat(flow.edges()).containsExactly(Edge.of("a", "nowhere"), Edge.of("a", "a"));
  }

  @Test
  void formatsAnIssueAsSpecMdShows() {
    String spec =
        """
        napkin: 1
        name: Clickstream sessions
        nodes:
          - id: clicks
            kind: source
            rate: 2000/s
          - id: enrich
            kind: transform
            cost: 10us
          - id: sessionize
            kind: transform
            op: aggregate
            window: {type: tumbling, size: 1m}
            cost: "40 us"
        """;

    ReadResult result = SpecReader.read(spec, SpecFormat.YAML, "flow.yaml");

    assertThat(result.issues()).hasSize(1);
    assertThat(result.issues().get(0).format("flow.yaml"))
        .isEqualTo("flow.yaml:14:11: error: nodes[2].cost: \"40 us\" is not a duration (try 40us)");
  }

  @Test
  void saysWhichNodeOrEdgeAnIssueIsAbout() {
    ReadResult result =
        TestSpecs.readYaml(
            """
            napkin: 1
            name: t
            nodes:
              - {id: clicks, kind: source, rate: fast}
            edges:
              - {from: clicks, to: out, transport: soon}
            """);

    assertThat(result.issues())
        .extracting(Issue::node, Issue::edge)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Optional.of(NodeId.of("clicks")), Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                Optional.empty(), Optional.of(new EdgeKey(NodeId.of("clicks"), NodeId.of("out")))));
  }

  @Test
  void resolvesAliasesToMapsAndToSingleValues() {
    ReadResult result =
        TestSpecs.readYaml(
            """
            napkin: 1
            name: Aliases
            defaults:
              sla: &fast {latency: 1m}
            nodes:
              - {id: a, kind: sink, commit: &c 2s, sla: *fast}
              - {id: b, kind: sink, commit: *c}
            """);

    assertThat(result.issues()).isEmpty();
    assertThat(result.flow().orElseThrow().sinks())
        .containsExactly(
            new Sink(
                NodeId.of("a"),
                "a",
                Optional.empty(),
                Duration.ofSeconds(2),
                new Sla(Optional.of(Duration.ofMinutes(1)), Optional.empty(), Optional.empty())),
            new Sink(NodeId.of("b"), "b", Optional.empty(), Duration.ofSeconds(2), Sla.NONE));
  }

  @Test
  void acceptsBothWaysOfWritingAnHourlyPrice() {
    ReadResult result =
        TestSpecs.readYaml(
            """
            napkin: 1
            name: Prices
            nodes: []
            cost:
              batch: {vcpuHour: 0.06 USD}
              streaming: {vcpuHour: 0.11 USD/h, perJobHour: 0.2EUR}
            """);

    assertThat(result.issues()).isEmpty();
    assertThat(result.flow().orElseThrow().cost().streaming())
        .isEqualTo(
            new ModePrices(
                Optional.of(MoneyRate.usdPerHour("0.11")),
                Optional.of(new MoneyRate(new Money(new java.math.BigDecimal("0.2"), "EUR")))));
    assertThat(result.flow().orElseThrow().cost().batch().vcpuHour())
        .contains(MoneyRate.usdPerHour("0.06"));
  }

  @Test
  void keepsTheLocationOfEveryValue() {
    ReadResult result =
        SpecReader.read(
            TestSpecs.text("valid", "clickstream.yaml"), SpecFormat.YAML, "clickstream.yaml");

    SpecLocations locations = result.locations();
    assertThat(locations.find("nodes[0].rate"))
        .contains(new SourceLocation("clickstream.yaml", 12, 11));
    assertThat(locations.find("edges[1].to"))
        .contains(new SourceLocation("clickstream.yaml", 35, 28));
    assertThat(locations.find("nodes[2]")).contains(new SourceLocation("clickstream.yaml", 27, 5));
  }

  @Test
  void readsAnEmojiThatStraddlesTheYamlReadersBuffer() {
    // snakeyaml-engine 3.0.1 failed when a surrogate pair sat at char 1024 (fixed in 3.1.1)
    String name = "x".repeat(1024 - "napkin: 1\nname: ".length()) + "😀";
    String text = "napkin: 1\nname: " + name + "\nnodes: []\n";

    ReadResult result = TestSpecs.readYaml(text);

    assertThat(result.issues()).isEmpty();
    assertThat(result.flow().orElseThrow().name()).isEqualTo(name);
  }
}

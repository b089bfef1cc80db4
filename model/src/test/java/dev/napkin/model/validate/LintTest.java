package dev.napkin.model.validate;

import static dev.napkin.model.flow.ExecutionMode.BATCH;
import static dev.napkin.model.flow.ExecutionMode.MICRO_BATCH;
import static dev.napkin.model.flow.ExecutionMode.STREAMING;
import static dev.napkin.model.testing.Flows.aggregate;
import static dev.napkin.model.testing.Flows.edges;
import static dev.napkin.model.testing.Flows.flow;
import static dev.napkin.model.testing.Flows.id;
import static dev.napkin.model.testing.Flows.inMode;
import static dev.napkin.model.testing.Flows.map;
import static dev.napkin.model.testing.Flows.sink;
import static dev.napkin.model.testing.Flows.source;
import static dev.napkin.model.testing.Flows.transform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.dist.Distribution.Component;
import dev.napkin.model.dist.Distribution.LogNormal;
import dev.napkin.model.dist.Distribution.Mixture;
import dev.napkin.model.dist.Distribution.Pareto;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Ratio;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LintTest {
  private static final Sla HOURS = Sla.of(Duration.ofHours(2), 95);
  private static final Sla MINUTES = Sla.of(Duration.ofMinutes(5), 95);

  private static Issue warning(String code, String path, String message, String node) {
    return Issue.warning(code, path, message).about(id(node));
  }

  private static List<String> codes(Flow flow) {
    return Lint.check(flow).stream().map(Issue::code).toList();
  }

  private static Flow inExecutionMode(Flow flow, ExecutionMode mode) {
    Execution d = Execution.DEFAULTS;
    return flow.withExecution(new Execution(mode, d.batch(), d.microBatch(), d.streaming()));
  }

  @Test
  void findsNothingToSayAboutACleanFlow() {
    assertThat(Lint.check(Examples.clickstream())).isEmpty();
  }

  @Test
  void warnsOfStreamingWhenEverySinkDownstreamAllowsHours() {
    Flow flow =
        flow(
            List.of(source("src"), inMode("t", STREAMING), sink("a", HOURS), sink("b", HOURS)),
            edges("src>t", "t>a", "t>b"));

    assertThat(Lint.check(flow))
        .containsExactly(
            warning(
                "streaming-for-hours-sla",
                "nodes[1].mode",
                "\"t\" runs in streaming although every sink it feeds allows hours (a 2h, b 2h):"
                    + " batch would meet that SLA for less money and far less operational work",
                "t"));
  }

  @Test
  void pointsAtTheNodeWhenStreamingComesFromTheExecutionMode() {
    Flow flow =
        inExecutionMode(
            flow(List.of(source("src"), map("t"), sink("out", HOURS)), edges("src>t", "t>out")),
            STREAMING);

    assertThat(Lint.check(flow))
        .extracting(Issue::code, Issue::path)
        .containsExactly(tuple("streaming-for-hours-sla", "nodes[1]"));
  }

  @Test
  void countsAnHourFromTheDefaultSla() {
    Flow flow =
        Examples.withDefaultSla(
            flow(
                List.of(source("src"), inMode("t", STREAMING), sink("out", Sla.NONE)),
                edges("src>t", "t>out")),
            Sla.of(Duration.ofHours(1), 95));

    assertThat(codes(flow)).containsExactly("streaming-for-hours-sla");
  }

  @Test
  void keepsQuietAboutStreamingWhenOneSinkNeedsMinutes() {
    Flow flow =
        flow(
            List.of(source("src"), inMode("t", STREAMING), sink("a", HOURS), sink("b", MINUTES)),
            edges("src>t", "t>a", "t>b"));

    assertThat(Lint.check(flow)).isEmpty();
  }

  @Test
  void keepsQuietAboutStreamingWhenASinkHasNoLatencyTarget() {
    Sla completenessOnly =
        new Sla(Optional.empty(), Optional.empty(), Optional.of(Ratio.ofPercent("95")));
    Flow flow =
        flow(
            List.of(
                source("src"),
                inMode("t", STREAMING),
                sink("a", HOURS),
                sink("b", completenessOnly)),
            edges("src>t", "t>a", "t>b"));

    assertThat(Lint.check(flow)).isEmpty();
  }

  @Test
  void keepsQuietAboutBatchForHours() {
    Flow flow =
        flow(
            List.of(source("src"), inMode("t", BATCH), sink("out", HOURS)),
            edges("src>t", "t>out"));

    assertThat(Lint.check(flow)).isEmpty();
  }

  @Test
  void warnsOfLambdaWhenParallelBranchesRunInDifferentModes() {
    Flow flow =
        flow(
            List.of(
                source("clicks"),
                inMode("hourly", BATCH),
                inMode("speed", STREAMING),
                inMode("serve", BATCH),
                sink("out")),
            edges("clicks>hourly", "clicks>speed", "hourly>serve", "speed>serve", "serve>out"));

    assertThat(Lint.check(flow))
        .containsExactly(
            warning(
                "lambda",
                "nodes[4]",
                "sink \"out\" gets source \"clicks\" through both \"hourly\" (batch) and \"speed\""
                    + " (streaming): two parallel implementations of one result (Lambda) must be"
                    + " kept in step and tend to drift apart",
                "out"));
  }

  @Test
  void keepsQuietAboutModesInSeries() {
    Flow flow =
        flow(
            List.of(source("src"), inMode("a", BATCH), inMode("b", STREAMING), sink("out")),
            edges("src>a", "a>b", "b>out"));

    assertThat(Lint.check(flow)).isEmpty();
  }

  @Test
  void keepsQuietAboutParallelBranchesOfOneMode() {
    Flow flow =
        flow(
            List.of(source("src"), inMode("a", MICRO_BATCH), inMode("b", MICRO_BATCH), sink("out")),
            edges("src>a", "src>b", "a>out", "b>out"));

    assertThat(Lint.check(flow)).isEmpty();
  }

  @Test
  void keepsQuietAboutDifferentSourcesInDifferentModes() {
    Flow flow =
        flow(
            List.of(
                source("s1"),
                source("s2"),
                inMode("a", BATCH),
                inMode("b", STREAMING),
                sink("out")),
            edges("s1>a", "s2>b", "a>out", "b>out"));

    assertThat(Lint.check(flow)).isEmpty();
  }

  @Test
  void warnsOfLambdaOncePerSink() {
    Flow flow =
        flow(
            List.of(
                source("src"),
                inMode("a", BATCH),
                inMode("b", STREAMING),
                inMode("c", MICRO_BATCH),
                sink("out")),
            edges("src>a", "src>b", "src>c", "a>out", "b>out", "c>out"));

    assertThat(codes(flow)).containsExactly("lambda");
  }

  @Test
  void warnsOfEachEdgeWithoutAContract() {
    Flow flow =
        flow(
            List.of(source("src"), map("t"), sink("out")),
            List.of(
                Edge.of("src", "t"),
                new Edge(id("t"), id("out"), Optional.of(" "), Duration.ZERO)));

    assertThat(Lint.check(flow))
        .containsExactly(
            Issue.warning(
                    "no-contract",
                    "edges[0]",
                    "edge src → t has no schema contract: a schema change upstream would go"
                        + " unnoticed until it breaks a consumer")
                .about(new EdgeKey(id("src"), id("t"))),
            Issue.warning(
                    "no-contract",
                    "edges[1]",
                    "edge t → out has no schema contract: a schema change upstream would go"
                        + " unnoticed until it breaks a consumer")
                .about(new EdgeKey(id("t"), id("out"))));
  }

  @Test
  void warnsOfASinkWithoutAnSla() {
    Flow flow = flow(List.of(source("src"), sink("out", Sla.NONE)), edges("src>out"));

    assertThat(Lint.check(flow))
        .containsExactly(
            warning(
                "sink-without-sla",
                "nodes[1]",
                "sink \"out\" has no SLA (no latency or completeness target, here or in"
                    + " defaults.sla): nothing says how fresh its data must be, so no run can tell"
                    + " if a mode is good enough",
                "out"));
  }

  @Test
  void countsAPercentileAloneAsNoSla() {
    Sla percentileOnly = new Sla(Optional.empty(), Optional.of(99.0), Optional.empty());
    Flow flow = flow(List.of(source("src"), sink("out", percentileOnly)), edges("src>out"));

    assertThat(codes(flow)).containsExactly("sink-without-sla");
  }

  @Test
  void acceptsAnSlaInheritedFromTheDefaults() {
    Flow flow =
        Examples.withDefaultSla(
            flow(List.of(source("src"), sink("out", Sla.NONE)), edges("src>out")), MINUTES);

    assertThat(Lint.check(flow)).isEmpty();
  }

  @Test
  void warnsOfADeadEnd() {
    Flow flow = flow(List.of(source("src"), map("t"), sink("out")), edges("src>t", "src>out"));

    assertThat(Lint.check(flow))
        .containsExactly(
            warning(
                "dead-end",
                "nodes[1]",
                "\"t\" feeds no sink: its work is paid for but nobody sees the result",
                "t"));
  }

  @Test
  void callsANodeWithNoEdgesAnOrphanRatherThanADeadEnd() {
    Flow flow = flow(List.of(source("src"), source("idle"), sink("out")), edges("src>out"));

    assertThat(Lint.check(flow))
        .containsExactly(
            warning(
                "orphan",
                "nodes[1]",
                "\"idle\" has no edges: it takes no part in the flow or in any run",
                "idle"));
  }

  static Stream<Distribution> heavyTails() {
    Distribution light = new LogNormal(Duration.ofSeconds(1), Duration.ofSeconds(2));
    return Stream.of(
        new LogNormal(Duration.ofSeconds(2), Duration.ofSeconds(40)),
        new LogNormal(Duration.ofSeconds(2), Duration.ofSeconds(20)),
        new Pareto(Duration.ofSeconds(1), 1.5),
        new Mixture(
            List.of(
                new Component(0.99, light),
                new Component(0.01, new Pareto(Duration.ofSeconds(1), 2)))));
  }

  @ParameterizedTest
  @MethodSource("heavyTails")
  void warnsOfAWindowWithNoAllowedLatenessUnderHeavyTailedLateness(Distribution lateness) {
    Flow flow =
        flow(
            List.of(source("src", lateness), aggregate("agg"), sink("out")),
            edges("src>agg", "agg>out"));

    assertThat(Lint.check(flow))
        .containsExactly(
            warning(
                "no-allowed-lateness",
                "nodes[1].window",
                "\"agg\" allows no lateness, but source \"src\" has heavy-tailed lateness (p99 at"
                    + " least 10× the median, or a Pareto part): late records will be dropped and"
                    + " results left incomplete",
                "agg"));
  }

  @Test
  void keepsQuietAboutLightLateness() {
    Distribution light = new LogNormal(Duration.ofSeconds(2), Duration.ofSeconds(19));
    Flow flow =
        flow(
            List.of(source("src", light), aggregate("agg"), sink("out")),
            edges("src>agg", "agg>out"));

    assertThat(Lint.check(flow)).isEmpty();
  }

  @Test
  void keepsQuietWhenTheWindowAllowsLateness() {
    Distribution heavy = new Pareto(Duration.ofSeconds(1), 1.5);
    Window lenient = Window.tumbling(Duration.ofMinutes(1), Duration.ofSeconds(30));
    Flow flow =
        flow(
            List.of(
                source("src", heavy),
                transform("agg").op(Op.AGGREGATE).window(lenient).build(),
                sink("out")),
            edges("src>agg", "agg>out"));

    assertThat(Lint.check(flow)).isEmpty();
  }

  @Test
  void keepsQuietWhenTheHeavyTailedSourceDoesNotFeedTheAggregate() {
    Distribution heavy = new Pareto(Duration.ofSeconds(1), 1.5);
    Flow flow =
        flow(
            List.of(source("calm"), source("late", heavy), aggregate("agg"), sink("out")),
            edges("calm>agg", "agg>out", "late>out"));

    assertThat(Lint.check(flow)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0.99,  'percentile 0.99 is below 1 on a 0 to 100 scale, so almost no record has to meet the latency; did you mean 99?'
          0.999, 'percentile 0.999 is below 1 on a 0 to 100 scale, so almost no record has to meet the latency; did you mean 99.9?'
          0.5,   'percentile 0.5 is below 1 on a 0 to 100 scale, so almost no record has to meet the latency; did you mean 50?'
          """)
  void asksWhetherAPercentileBelowOneMeantAHundredTimesMore(double percentile, String message) {
    Flow flow =
        flow(
            List.of(source("src"), sink("out", Sla.of(Duration.ofMinutes(5), percentile))),
            edges("src>out"));

    assertThat(Lint.check(flow))
        .containsExactly(
            warning("percentile-below-one", "nodes[1].sla.percentile", message, "out"));
  }

  @Test
  void checksTheDefaultPercentileAtItsOwnPath() {
    Flow flow =
        Examples.withDefaultSla(Examples.clickstream(), Sla.of(Duration.ofMinutes(5), 0.95));

    assertThat(Lint.check(flow))
        .extracting(Issue::code, Issue::path)
        .containsExactly(tuple("percentile-below-one", "defaults.sla.percentile"));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          1h,  1h,  true
          1h,  1h59m59s, true
          1h,  2h,  false
          30m, 59m, true
          30m, 1d,  false
          """)
  void warnsWhenTheHorizonHoldsFewerThanTwoBatchPeriods(
      String every, String horizon, boolean warns) {
    Execution d = Execution.DEFAULTS;
    Execution.Batch batch =
        new Execution.Batch(
            Duration.parse(every), d.batch().startup(), d.batch().partition(), d.batch().grace());
    Flow flow =
        Examples.clickstream()
            .withExecution(new Execution(d.mode(), batch, d.microBatch(), d.streaming()))
            .withSimulation(
                SimulationSettings.DEFAULTS
                    .withHorizon(Duration.parse(horizon))
                    .withWarmup(Duration.ZERO));

    List<Issue> expected =
        warns
            ? List.of(
                Issue.warning(
                    "short-horizon",
                    "simulation.horizon",
                    "horizon "
                        + Duration.parse(horizon)
                        + " is shorter than two batch periods (every "
                        + Duration.parse(every)
                        + "): batch would be judged on one run or none, too few to trust its"
                        + " latency"))
            : List.of();
    assertThat(Lint.check(flow)).isEqualTo(expected);
  }

  @Test
  void listsWarningsInDocumentOrder() {
    Flow flow =
        Examples.withDefaultSla(
            flow(
                List.of(source("src"), map("dead"), sink("out", Sla.NONE), source("idle")),
                List.of(Edge.of("src", "dead"), Examples.edge("src", "out"))),
            Sla.of(Duration.ofMinutes(5), 0.9));

    assertThat(Lint.check(flow))
        .extracting(Issue::code, Issue::path)
        .containsExactly(
            tuple("percentile-below-one", "defaults.sla.percentile"),
            tuple("dead-end", "nodes[1]"),
            tuple("orphan", "nodes[3]"),
            tuple("no-contract", "edges[0]"));
  }

  @Test
  void lintsABrokenFlowWithoutThrowing() {
    Flow flow =
        flow(
            List.of(source("src"), map("a"), map("a"), map("b"), aggregate("b"), sink("out")),
            List.of(
                Examples.edge("src", "a"),
                Examples.edge("a", "b"),
                Examples.edge("b", "a"),
                Edge.of("a", "ghost"),
                Examples.edge("b", "out"),
                Examples.edge("b", "out"),
                Examples.edge("out", "out")));

    assertThat(Lint.check(flow))
        .extracting(Issue::code, Issue::path)
        .containsExactly(tuple("no-contract", "edges[3]"));
  }
}

package dev.napkin.model.validate;

import static dev.napkin.model.testing.Flows.edges;
import static dev.napkin.model.testing.Flows.flow;
import static dev.napkin.model.testing.Flows.id;
import static dev.napkin.model.testing.Flows.map;
import static dev.napkin.model.testing.Flows.sink;
import static dev.napkin.model.testing.Flows.source;
import static dev.napkin.model.testing.Flows.transform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorRangeTest {

  /** The source at nodes[0], feeding a sink. */
  private static Flow withSource(Source source) {
    return flow(List.of(source, sink("out")), List.of(Examples.edge(source.id(), "out")));
  }

  /** The transform at nodes[1], between a source and a sink. */
  private static Flow withTransform(Transform transform) {
    return flow(
        List.of(source("src"), transform, sink("out")),
        List.of(Examples.edge("src", transform.id()), Examples.edge(transform.id(), "out")));
  }

  /** The sink at nodes[1], fed by a source. */
  private static Flow withSink(Sink sink) {
    return flow(List.of(source("src"), sink), List.of(Examples.edge("src", sink.id())));
  }

  private static Issue outOfRange(String path, String message, String node) {
    return Issue.error("out-of-range", path, message).about(id(node));
  }

  private static Issue outOfRange(String path, String message) {
    return Issue.error("out-of-range", path, message);
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0/s,  rate must be more than 0 (got 0/s)
          0k/h, rate must be more than 0 (got 0/h)
          """)
  void rejectsASourceRateOfZero(String rate, String message) {
    Flow flow = withSource(source("src", Rate.parse(rate), Profile.CONSTANT));

    assertThat(Validator.validate(flow))
        .containsExactly(outOfRange("nodes[0].rate", message, "src"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.001/s", "1.5M/d", "2000/s"})
  void acceptsAPositiveSourceRate(String rate) {
    assertThat(Validator.validate(withSource(source("src", Rate.parse(rate), Profile.CONSTANT))))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0,           parallelism must be at least 1 (got 0)
          -3,          parallelism must be at least 1 (got -3)
          -2147483648, parallelism must be at least 1 (got -2147483648)
          """)
  void rejectsParallelismBelowOne(int parallelism, String message) {
    Flow flow = withTransform(transform("t").parallelism(parallelism).build());

    assertThat(Validator.validate(flow))
        .containsExactly(outOfRange("nodes[1].parallelism", message, "t"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 64, Integer.MAX_VALUE})
  void acceptsParallelismFromOne(int parallelism) {
    assertThat(Validator.validate(withTransform(transform("t").parallelism(parallelism).build())))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          -0.1,     selectivity must be a number of at least 0 (got -0.1)
          NaN,      selectivity must be a number of at least 0 (got NaN)
          Infinity, selectivity must be a number of at least 0 (got Infinity)
          """)
  void rejectsANegativeOrNonFiniteSelectivity(double selectivity, String message) {
    Flow flow = withTransform(transform("t").selectivity(selectivity).build());

    assertThat(Validator.validate(flow))
        .containsExactly(outOfRange("nodes[1].selectivity", message, "t"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.25, 1, 2.5})
  void acceptsASelectivityOfZeroAndAbove(double selectivity) {
    assertThat(Validator.validate(withTransform(transform("t").selectivity(selectivity).build())))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void rejectsKeysBelowOne(long keys) {
    Flow flow = withTransform(Examples.aggregateWithKeys("t", keys));

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange("nodes[1].keys", "keys must be at least 1 (got " + keys + ")", "t"));
  }

  @Test
  void rejectsAFixedCostOfZero() {
    Flow flow = withTransform(transform("t").cost(Distribution.fixed(Duration.ZERO)).build());

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange(
                "nodes[1].cost", "cost per record must be more than 0, e.g. 1us (got 0s)", "t"));
  }

  @Test
  void rejectsAVaryingCostWithAMeanOfZero() {
    Distribution zero = new Distribution.Uniform(Duration.ZERO, Duration.ZERO);
    Flow flow = withTransform(transform("t").cost(zero).build());

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange(
                "nodes[1].cost",
                "cost per record must be more than 0, e.g. 1us (got a mean of 0s)",
                "t"));
  }

  @Test
  void reportsABadCostParameterOnlyOnceAndNotAlsoItsMean() {
    Distribution bad = new Distribution.Exponential(Duration.ZERO);
    Flow flow = withTransform(transform("t").cost(bad).build());

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange(
                "nodes[1].cost.mean",
                "mean must be more than 0 (got 0s); a fixed 0s means no delay",
                "t"));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0,        percentile must be above 0 and below 100 (got 0)
          100,      percentile must be above 0 and below 100 (got 100)
          -5,       percentile must be above 0 and below 100 (got -5)
          250.5,    percentile must be above 0 and below 100 (got 250.5)
          NaN,      percentile must be above 0 and below 100 (got NaN)
          """)
  void rejectsASinkPercentileOutsideZeroToHundred(double percentile, String message) {
    Flow flow = withSink(sink("out", Sla.of(Duration.ofMinutes(5), percentile)));

    assertThat(Validator.validate(flow))
        .containsExactly(outOfRange("nodes[1].sla.percentile", message, "out"));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 1, 50, 99.99})
  void acceptsASinkPercentileInsideZeroToHundred(double percentile) {
    assertThat(Validator.validate(withSink(sink("out", Sla.of(Duration.ofMinutes(5), percentile)))))
        .isEmpty();
  }

  @Test
  void rejectsADefaultPercentileOutOfRangeAtItsOwnPath() {
    Flow flow =
        Examples.withDefaultSla(
            Examples.clickstream(),
            new Sla(Optional.empty(), Optional.of(100.0), Optional.empty()));

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange(
                "defaults.sla.percentile", "percentile must be above 0 and below 100 (got 100)"));
  }

  @Test
  void rejectsAnSlaLatencyOfZero() {
    Flow flow = withSink(sink("out", Sla.of(Duration.ZERO, 95)));

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange("nodes[1].sla.latency", "SLA latency must be more than 0 (got 0s)", "out"));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0.99, false
          1,    true
          1.8,  true
          2,    true
          2.01, false
          NaN,  false
          """)
  void acceptsADiurnalPeakFromOneToTwo(double peak, boolean valid) {
    Flow flow =
        withSource(
            source("src", Rate.perSecond(10), new Profile.Diurnal(peak, Duration.ofHours(14))));

    List<Issue> expected =
        valid
            ? List.of()
            : List.of(
                outOfRange(
                    "nodes[0].profile.peak",
                    "diurnal peak (peak/mean) must be between 1 and 2 (got "
                        + SpecText.number(peak)
                        + ")",
                    "src"));
    assertThat(Validator.validate(flow)).isEqualTo(expected);
  }

  @Test
  void rejectsAPeakTimeOfDayPastMidnight() {
    Flow flow =
        withSource(
            source("src", Rate.perSecond(10), new Profile.Diurnal(1.5, Duration.ofHours(24))));

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange(
                "nodes[0].profile.peakAt",
                "peakAt must be a time of day, before 24:00 (got 1d)",
                "src"));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          1h, 10m, 3,        ''
          1h, 1h,  1,        ''
          1h, 2h,  3,        nodes[0].profile.duration
          1h, 10m, 0.5,      nodes[0].profile.factor
          1h, 10m, Infinity, nodes[0].profile.factor
          0s, 0s,  2,        nodes[0].profile.every
          """)
  void checksBurstsEveryDurationAndFactor(
      String every, String duration, double factor, String badPath) {
    Profile bursts = new Profile.Bursts(Duration.parse(every), Duration.parse(duration), factor);

    assertThat(Validator.validate(withSource(source("src", Rate.perSecond(10), bursts))))
        .extracting(Issue::path)
        .isEqualTo(badPath.isEmpty() ? List.of() : List.of(badPath));
  }

  @Test
  void explainsABurstLongerThanItsPeriod() {
    Profile bursts = new Profile.Bursts(Duration.ofHours(1), Duration.ofHours(2), 3);

    assertThat(Validator.validate(withSource(source("src", Rate.perSecond(10), bursts))))
        .containsExactly(
            outOfRange(
                "nodes[0].profile.duration",
                "a burst cannot last longer than its period every 1h (got 2h)",
                "src"));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          tumbling, 1m, 1m,  ''
          tumbling, 0s, 0s,  nodes[1].window.size
          sliding,  1m, 10s, ''
          sliding,  1m, 1m,  ''
          sliding,  1m, 0s,  nodes[1].window.slide
          sliding,  1m, 2m,  nodes[1].window.slide
          """)
  void checksWindowSizeAndSlide(String type, String size, String slide, String badPath) {
    Window window =
        new Window(
            Window.Type.valueOf(type.toUpperCase(java.util.Locale.ROOT)),
            Duration.parse(size),
            Duration.parse(slide),
            Duration.ZERO);
    Flow flow = withTransform(transform("agg").op(Op.AGGREGATE).window(window).build());

    assertThat(Validator.validate(flow))
        .extracting(Issue::path)
        .isEqualTo(badPath.isEmpty() ? List.of() : List.of(badPath));
  }

  @Test
  void explainsASlideLongerThanTheWindow() {
    Window window = Window.sliding(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ZERO);
    Flow flow = withTransform(transform("agg").op(Op.AGGREGATE).window(window).build());

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange(
                "nodes[1].window.slide",
                "slide must be more than 0 and at most the window size 1m (got 2m)",
                "agg"));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          batch,      execution.batch.every,          batch every must be more than 0 (got 0s)
          microBatch, execution.microBatch.every,     micro-batch every must be more than 0 (got 0s)
          streaming,  execution.streaming.checkpoint, checkpoint must be more than 0 (got 0s)
          """)
  void rejectsAZeroTriggerInterval(String mode, String path, String message) {
    Flow flow = Examples.clickstream().withExecution(Examples.zeroInterval(mode));

    assertThat(Validator.validate(flow)).containsExactly(outOfRange(path, message));
  }

  @Test
  void rejectsAZeroHorizonWithoutAlsoBlamingTheWarmup() {
    Flow flow =
        Examples.clickstream()
            .withSimulation(SimulationSettings.DEFAULTS.withHorizon(Duration.ZERO));

    assertThat(Validator.validate(flow))
        .containsExactly(outOfRange("simulation.horizon", "horizon must be more than 0 (got 0s)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1d", "2d"})
  void rejectsAWarmupThatIsNotShorterThanTheHorizon(String warmup) {
    Flow flow =
        Examples.clickstream()
            .withSimulation(SimulationSettings.DEFAULTS.withWarmup(Duration.parse(warmup)));

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange(
                "simulation.warmup",
                "warmup must be shorter than the horizon 1d (got " + warmup + ")"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void rejectsFewerThanOneReplication(int replications) {
    Flow flow =
        Examples.clickstream()
            .withSimulation(SimulationSettings.DEFAULTS.withReplications(replications));

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange(
                "simulation.replications",
                "replications must be at least 1 (got " + replications + ")"));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          traces/clicks.csv,   ''
          ./a/../clicks.csv,   ''
          ../clicks.csv,       trace-outside-folder
          a/../../clicks.csv,  trace-outside-folder
          /data/clicks.csv,    trace-outside-folder
          'C:\\data\\c.csv',   trace-outside-folder
          '\\\\server\\c.csv', trace-outside-folder
          '  ',                trace-missing
          """)
  void checksTheTraceFileNameStaysInTheSpecFolder(String file, String badCode) {
    Flow flow = withSource(source("src", Rate.perSecond(10), new Profile.Trace(file)));

    assertThat(Validator.validate(flow))
        .extracting(Issue::code)
        .isEqualTo(badCode.isEmpty() ? List.of() : List.of(badCode));
  }

  @Test
  void explainsATraceFileOutsideTheSpecFolder() {
    Flow flow = withSource(source("src", Rate.perSecond(10), new Profile.Trace("../clicks.csv")));

    assertThat(Validator.validate(flow))
        .containsExactly(
            Issue.error(
                    "trace-outside-folder",
                    "nodes[0].profile.file",
                    "trace file \"../clicks.csv\" must be inside the spec's folder (a relative"
                        + " path without ..)")
                .about(id("src")));
  }

  @Test
  void rejectsALayoutPositionThatIsNotANumber() {
    Flow flow =
        flow(List.of(source("src"), sink("out")), edges("src>out"))
            .withLayout(Layout.EMPTY.with(id("out"), new Layout.Point(10, Double.NaN)));

    assertThat(Validator.validate(flow))
        .containsExactly(
            outOfRange("layout.out.y", "a position must be a finite number (got NaN)", "out"));
  }

  @Test
  void reportsEveryBadValueOfOneNode() {
    Transform bad =
        transform("t")
            .parallelism(0)
            .selectivity(-1)
            .cost(Distribution.fixed(Duration.ZERO))
            .build();

    assertThat(Validator.validate(withTransform(bad)))
        .extracting(Issue::path)
        .containsExactly("nodes[1].cost", "nodes[1].selectivity", "nodes[1].parallelism");
  }

  @Test
  void leavesAMapWithDefaultsAlone() {
    assertThat(Validator.validate(withTransform(map("t")))).isEmpty();
  }
}

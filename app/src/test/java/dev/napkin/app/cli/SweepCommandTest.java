package dev.napkin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.run.ModeRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code napkin sweep} with modes whose results follow the configuration: latency is the knob plus
 * 60 s ÷ workers, cost the workers billed all the time (streaming billed twice as many) plus the
 * clicks' fixed 150 USD a month. The flow's sessionize stage has 4 workers and needs 1, so the
 * scales are ¼, ½, 1, 2 and 4; its SLA is p99 within 2 min.
 */
class SweepCommandTest {
  private final Flow flow = CliFixtures.clickstream();

  private static int workers(Flow flow) {
    return flow.transforms().mapToInt(Transform::parallelism).sum();
  }

  static ModeSimulator modelled(String name, ExecutionMode billedAs, int costFactor) {
    return new CliFixtures.ScriptedMode(
        name,
        (input, control) -> {
          Flow f = input.flow();
          Duration knob =
              switch (name) {
                case "streaming" -> f.execution().streaming().checkpoint();
                case "batch" -> f.execution().batch().every();
                default -> f.execution().microBatch().every();
              };
          long latencyMillis = knob.nanos() / 1_000_000 + 60_000 / workers(f);
          RunStats stats = new RunStats(name);
          stats.setMeasuredNanos(23 * CliFixtures.HOUR);
          stats.sink(CliFixtures.DASHBOARD).recordLatency(latencyMillis * 1_000_000, 1000);
          stats.sink(CliFixtures.DASHBOARD).addCompleteness(1000, 1000);
          stats.bill(
              RunStats.Billing.vcpu(
                  CliFixtures.SESSIONIZE, billedAs, costFactor * workers(f) * 23));
          return stats;
        });
  }

  private CliServices services(Flow flow) {
    ModeRegistry modes =
        ModeRegistry.empty()
            .with("micro-batch", () -> modelled("micro-batch", ExecutionMode.MICRO_BATCH, 1))
            .with("streaming", () -> modelled("streaming", ExecutionMode.STREAMING, 2));
    return CliFixtures.services(flow, modes, 2, false);
  }

  private final CliServices services = services(flow);

  private static String line(String text, String start) {
    return text.lines()
        .filter(l -> l.startsWith(start))
        .findFirst()
        .orElse("(no line " + start + ")");
  }

  @Test
  void textNamesTheGridTheCheapestAndTheFrontier() {
    CliFixtures.Outcome outcome = CliFixtures.run(services, "sweep", "flow.yaml");

    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.err()).isEmpty();
    String out = outcome.out();
    assertThat(out.lines().limit(3))
        .containsExactly(
            "Clickstream sessions",
            "Swept 50 configurations: micro-batch every 7.5s, 15s, 30s, 1m, 2m; streaming checkpoint"
                + " 15s, 30s, 1m, 2m, 4m; parallelism 0.25×, 0.5×, 1.0×, 2.0×, 4.0× the spec's.",
            "Each simulated 1d after a 1h warm-up, 2 replications, seed 42.");
    // Equal cost at 1 worker: 7.5 s + 60 s has the most headroom.
    assertThat(line(out, "Cheapest"))
        .isEqualTo(
            "Cheapest configuration meeting every SLA: #1 micro-batch, every 7.5s, workers"
                + " sessionize 1, $193.80 a month");
    assertThat(line(out, "  dashboard:")).isEqualTo("  dashboard: p99 68 s (target 2 min)");
    assertThat(line(out, "Pareto frontier for dashboard"))
        .isEqualTo(
            "Pareto frontier for dashboard (cost a month against p99 latency), cheapest first:");
    int frontier = out.lines().toList().indexOf(line(out, "Pareto frontier"));
    assertThat(out.lines().skip(frontier + 2).limit(5).map(l -> l.split("\\s+")[1]))
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(line(out, "  21 "))
        .matches(
            "  21\\s+micro-batch\\s+every 2m\\s+0.25×\\s+sessionize 1\\s+\\$193.80\\s+3 min missed");
  }

  @Test
  void jsonListsEveryPointAndRefersToFrontierAndCheapestByNumber() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(
            services, "sweep", "flow.yaml", "--format", "json", "--mode", "micro-batch");

    assertThat(outcome.exitCode()).isEqualTo(0);
    JsonNode root = JsonMapper.builder().build().readTree(outcome.out());
    assertThat(root.get("flow").asString()).isEqualTo("Clickstream sessions");
    assertThat(root.get("grid").get("knobs").get("micro-batch").get("values").toString())
        .isEqualTo("[\"7.5s\",\"15s\",\"30s\",\"1m\",\"2m\"]");
    assertThat(root.get("grid").get("parallelismScales").toString())
        .isEqualTo("[0.25,0.5,1.0,2.0,4.0]");
    JsonNode points = root.get("points");
    assertThat(points).hasSize(25);
    JsonNode first = points.get(0);
    assertThat(first.get("point").asInt()).isEqualTo(1);
    assertThat(first.get("mode").asString()).isEqualTo("micro-batch");
    assertThat(first.get("knob").asString()).isEqualTo("every");
    assertThat(first.get("knobValue").asString()).isEqualTo("7.5s");
    assertThat(first.get("parallelism").toString()).isEqualTo("{\"sessionize\":1}");
    assertThat(first.get("costPerMonthUsd").asDouble()).isEqualTo(193.8);
    assertThat(first.get("sinks").get(0).get("slaLatency").asDouble()).isEqualTo(67.5);
    assertThat(first.get("sinks").get(0).get("onFrontier").asBoolean()).isTrue();
    assertThat(root.get("frontier").get(0).get("sink").asString()).isEqualTo("dashboard");
    assertThat(root.get("frontier").get(0).get("points").toString()).isEqualTo("[1,2,3,4,5]");
    assertThat(root.get("cheapestMeetingAllSlas").asInt()).isEqualTo(1);
    assertThat(first.get("cheapestMeetingAllSlas").asBoolean()).isTrue();
  }

  @Test
  void csvHasOneRowPerPointAndSink() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(services, "sweep", "flow.yaml", "--format", "csv", "--mode", "streaming");

    List<String> lines = outcome.out().lines().toList();
    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(lines).hasSize(1 + 25);
    assertThat(lines.get(0))
        .isEqualTo(
            "point,mode,knob,knob_value,parallelism_scale,parallelism,total_parallelism,stable,"
                + "falling_behind,cost_per_month_usd,meets_all_slas,cheapest_meeting_all_slas,sink,"
                + "records,latency_p50_s,latency_p95_s,latency_p99_s,sla_percentile,"
                + "latency_at_sla_percentile_s,sla_latency_s,sla_attainment,sla_met,completeness,"
                + "on_frontier");
    assertThat(lines.get(1))
        .isEqualTo(
            "1,streaming,checkpoint,15s,0.25,sessionize=1,1,true,false,310.6,true,true,dashboard,"
                + "1000,75.0,75.0,75.0,99.0,75.0,120.0,1.0,true,1.0,true");
  }

  @Test
  void writesTheReportToAFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("sweep.csv");

    CliFixtures.Outcome outcome =
        CliFixtures.run(
            services,
            "sweep",
            "flow.yaml",
            "--format",
            "csv",
            "--mode",
            "streaming",
            "-o",
            out.toString());

    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8).lines()).hasSize(26);
  }

  @Test
  void asDesignedOrAnUnknownModeIsAUsageError() {
    CliFixtures.Outcome designed =
        CliFixtures.run(services, "sweep", "flow.yaml", "--mode", "as-designed");
    CliFixtures.Outcome unknown =
        CliFixtures.run(services, "sweep", "flow.yaml", "--mode", "lambda");

    assertThat(designed.exitCode()).isEqualTo(2);
    assertThat(designed.err())
        .startsWith(
            "Invalid value for option '--mode': as-designed cannot be swept: a sweep runs the whole"
                + " flow in one mode (batch|micro-batch|streaming|all)");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .startsWith(
            "Invalid value for option '--mode': \"lambda\" is not a mode"
                + " (batch|micro-batch|streaming|all)");
  }

  @Test
  void aModeThisBuildLacksIsAUsageError() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(services, "sweep", "flow.yaml", "--mode", "batch");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .isEqualTo(
            "napkin sweep: error: --mode batch is not yet available (this build sweeps:"
                + " micro-batch, streaming)\n");
  }

  @Test
  void sharesTheSimulationOptionsOfSimulate() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(
            services,
            "sweep",
            "flow.yaml",
            "--mode",
            "streaming",
            "--seed",
            "7",
            "--horizon",
            "2h",
            "--warmup",
            "10m",
            "--replications",
            "1",
            "--format",
            "json");
    CliFixtures.Outcome misfit =
        CliFixtures.run(services, "sweep", "flow.yaml", "--horizon", "1h", "--warmup", "1h");
    CliFixtures.Outcome zero =
        CliFixtures.run(services, "sweep", "flow.yaml", "--replications", "0");

    JsonNode root = JsonMapper.builder().build().readTree(outcome.out());
    assertThat(List.of(root.get("seed").asLong(), root.get("replications").asLong()))
        .containsExactly(7L, 1L);
    assertThat(List.of(root.get("horizon").asString(), root.get("warmup").asString()))
        .containsExactly("2h", "10m");
    assertThat(misfit.exitCode()).isEqualTo(2);
    assertThat(misfit.err())
        .isEqualTo("flow.yaml: error: the warm-up (1h) must be shorter than the horizon (1h)\n");
    assertThat(zero.exitCode()).isEqualTo(2);
  }

  @Test
  void aHorizonAloneKeepsTheSpecsWarmUpShareWhenItsWarmUpDoesNotFit() {
    // The spec: 1h warm-up of 24h; a 30 min horizon measures after 1/24 of it, 75 s.
    CliFixtures.Outcome sweep =
        CliFixtures.run(
            services,
            "sweep",
            "flow.yaml",
            "--mode",
            "streaming",
            "--horizon",
            "30m",
            "--format",
            "json");
    CliFixtures.Outcome simulate =
        CliFixtures.run(
            CliFixtures.streamingOnly(flow),
            "simulate",
            "flow.yaml",
            "--mode",
            "streaming",
            "--horizon",
            "30m",
            "--format",
            "json");

    String warning =
        "flow.yaml: warning: the spec's warm-up (1h) does not fit in the 30m horizon: measuring"
            + " after 1m15s instead, the spec's share of it\n";
    assertThat(sweep.exitCode()).isEqualTo(0);
    assertThat(sweep.err()).isEqualTo(warning);
    assertThat(JsonMapper.builder().build().readTree(sweep.out()).get("warmup").asString())
        .isEqualTo("1m15s");
    assertThat(simulate.exitCode()).isEqualTo(0);
    assertThat(simulate.err()).isEqualTo(warning);
  }

  @Test
  void failOnMissExitsThreeWhenNoConfigurationMeetsEverySla() {
    CliServices tight = services(CliFixtures.clickstream(Duration.ofSeconds(5)));

    CliFixtures.Outcome outcome =
        CliFixtures.run(tight, "sweep", "flow.yaml", "--mode", "streaming", "--fail-on-miss");
    CliFixtures.Outcome met =
        CliFixtures.run(services, "sweep", "flow.yaml", "--mode", "streaming", "--fail-on-miss");

    assertThat(outcome.exitCode()).isEqualTo(3);
    assertThat(outcome.err())
        .isEqualTo("flow.yaml: error: none of the 25 configurations meets every SLA\n");
    assertThat(line(outcome.out(), "Cheapest"))
        .isEqualTo("Cheapest configuration meeting every SLA: none of the points meets every SLA.");
    assertThat(met.exitCode()).isEqualTo(0);
  }

  @Test
  void aFailingPointIsAFailedRun() {
    ModeRegistry failing =
        ModeRegistry.empty()
            .with(
                "streaming",
                () ->
                    new CliFixtures.ScriptedMode(
                        "streaming",
                        (input, control) -> {
                          throw new IllegalStateException("event list overflow");
                        }));

    CliFixtures.Outcome outcome =
        CliFixtures.run(CliFixtures.services(flow, failing, 2, false), "sweep", "flow.yaml");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .isEqualTo("flow.yaml: error: streaming replication 1 failed: event list overflow\n");
  }

  @Test
  void progressGoesToStderrWhenAsked() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(
            services, "sweep", "flow.yaml", "--mode", "streaming", "--progress", "always");

    List<String> lines = new ArrayList<>(outcome.err().lines().toList());
    assertThat(lines).first().isEqualTo("sweeping 0 %");
    assertThat(lines).last().isEqualTo("sweeping 100 %");
    assertThat(lines).allMatch(l -> l.matches("sweeping \\d+ %"));
  }
}

package dev.napkin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.run.ModeRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unstable runs, sinks without results and runs with nothing to recommend. */
class SimulateEdgeCaseTest {
  /** As designed, overloaded: no result reached the dashboard. */
  private static CliServices overloadedAsDesigned() {
    return CliFixtures.services(
        CliFixtures.clickstream(),
        ModeRegistry.empty()
            .with(
                "as-designed",
                () ->
                    new CliFixtures.ScriptedMode(
                        "as-designed",
                        (input, control) -> {
                          RunStats stats = new RunStats("as-designed");
                          stats.setMeasuredNanos(CliFixtures.HOUR);
                          stats.bill(
                              RunStats.Billing.vcpu(
                                  CliFixtures.SESSIONIZE, ExecutionMode.STREAMING, 4));
                          stats.markUnstable(
                              new RunStats.Instability(CliFixtures.SESSIONIZE, 1.5, 1000));
                          return stats;
                        })),
        1,
        false);
  }

  @Test
  void jsonWritesNullsForWhatDoesNotExist() {
    String json =
        CliFixtures.run(overloadedAsDesigned(), "simulate", "flow.yaml", "--format", "json").out();

    JsonNode root = JsonMapper.builder().build().readTree(json);
    JsonNode mode = root.get("modes").get(0);
    JsonNode sink = mode.get("sinks").get(0);
    assertThat(root.get("recommendation").isNull()).isTrue();
    assertThat(mode.get("stable").asBoolean()).isFalse();
    assertThat(mode.get("instability").asString())
        .isEqualTo(
            "sessionize is overloaded: utilization 1.5 (≥ 1), its backlog grows by 1000 records/s");
    assertThat(mode.get("costByNode").toString())
        .isEqualTo("{\"clicks\":150.0,\"sessionize\":321.2,\"dashboard\":0.0}");
    assertThat(sink.get("records").asLong()).isZero();
    assertThat(sink.get("latency").isNull()).isTrue();
    assertThat(sink.get("slaLatency").isNull()).isTrue();
    assertThat(sink.get("slaAttainment").asDouble()).isEqualTo(0.0);
    assertThat(sink.get("slaMet").asBoolean()).isFalse();
  }

  @Test
  void textMarksTheModeUnstableAndHasNoRecommendation() {
    String text = CliFixtures.run(overloadedAsDesigned(), "simulate", "flow.yaml").out();

    assertThat(text)
        .startsWith(
            """
            Clickstream sessions

            as-designed: UNSTABLE: sessionize is overloaded: utilization 1.5 (≥ 1), its backlog \
            grows by 1000 records/s, $471.20/mo
              sink       records  p50  p95  p99  SLA                       completeness      late  dropped
              dashboard  0        —    —    —    p99 ≤ 2 min ✗ no results  100 % (≥ 95 % ✗)  0     0
              dashboard 95 % CI: completeness 100 %
              cost/mo: clicks $150.00, sessionize $321.20, dashboard $0.00
            """)
        .contains("Recommendation: none (run batch, micro-batch or streaming to compare).\n");
  }
}

package dev.napkin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.run.ModeRegistry;
import dev.napkin.simulator.run.Simulator;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateExitCodeTest {
  private final Flow flow = CliFixtures.clickstream();
  private final CliServices streaming = CliFixtures.streamingOnly(flow);

  @Test
  void succeedsWithZero() {
    assertThat(
            CliFixtures.run(streaming, "simulate", "flow.yaml", "--mode", "streaming").exitCode())
        .isEqualTo(0);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliFixtures.Outcome outcome = CliFixtures.run(streaming, "simulate", "flow.yaml", "--bogus");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).startsWith("Unknown option: '--bogus'");
  }

  @Test
  void aHorizonWithoutUnitIsAUsageErrorWithAHint() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(streaming, "simulate", "flow.yaml", "--horizon", "24");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .startsWith(
            "Invalid value for option '--horizon': \"24\" is not a duration (a unit is required:"
                + " try 24s)");
  }

  @Test
  void zeroReplicationsOrAnUnknownModeAreUsageErrors() {
    CliFixtures.Outcome zero =
        CliFixtures.run(streaming, "simulate", "flow.yaml", "--replications", "0");
    CliFixtures.Outcome mode =
        CliFixtures.run(streaming, "simulate", "flow.yaml", "--mode", "lambda");

    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err())
        .startsWith(
            "Invalid value for option '--replications': at least 1 replication is needed, got 0");
    assertThat(mode.exitCode()).isEqualTo(2);
    assertThat(mode.err())
        .startsWith(
            "Invalid value for option '--mode': \"lambda\" is not a mode"
                + " (batch|micro-batch|streaming|as-designed|all)");
  }

  @Test
  void aWarmUpNoShorterThanTheHorizonGivenOnTheCommandLineIsAUsageError() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(streaming, "simulate", "flow.yaml", "--horizon", "1h", "--warmup", "1h");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .isEqualTo("flow.yaml: error: the warm-up (1h) must be shorter than the horizon (1h)\n");
  }

  @Test
  void anInvalidSpecPrintsLocatedErrorsAndExitsOne() {
    Issue located =
        Issue.error("bad-value", "nodes[2].cost", "\"40 us\" is not a duration (try 40us)")
            .at(new SourceLocation("flow.yaml", 14, 11));
    CliServices invalid =
        new CliServices(
            file -> {
              throw new InvalidFlowException(List.of(located));
            },
            ModeRegistry.empty().with("streaming", CliFixtures::knownStreaming),
            Prices.bundled(),
            new Simulator(1),
            () -> false);

    CliFixtures.Outcome outcome = CliFixtures.run(invalid, "simulate", "flow.yaml");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .isEqualTo(
            "flow.yaml:14:11: error: nodes[2].cost: \"40 us\" is not a duration (try 40us)\n");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void anUnreadableFileIsAnIoError() {
    CliServices missing =
        new CliServices(
            file -> {
              throw new NoSuchFileException(file.toString());
            },
            ModeRegistry.empty(),
            Prices.bundled(),
            new Simulator(1),
            () -> false);

    CliFixtures.Outcome outcome = CliFixtures.run(missing, "simulate", "missing.yaml");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).isEqualTo("missing.yaml: error: cannot read: missing.yaml\n");
  }

  @Test
  void anUnwritableOutputIsAnIoError(@TempDir Path dir) {
    Path output = dir.resolve("no-such-dir").resolve("out.json");

    CliFixtures.Outcome outcome =
        CliFixtures.run(streaming, "simulate", "flow.yaml", "-o", output.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains(output + ": error: cannot write: ");
  }

  @Test
  void aFailingReplicationIsAFailedRun() {
    CliServices failing =
        CliFixtures.services(
            flow,
            ModeRegistry.empty()
                .with(
                    "streaming",
                    () ->
                        new CliFixtures.ScriptedMode(
                            "streaming",
                            (input, control) -> {
                              throw new IllegalStateException("event list overflow");
                            })),
            2,
            false);

    CliFixtures.Outcome outcome = CliFixtures.run(failing, "simulate", "flow.yaml");

    assertThat(outcome.exitCode()).isEqualTo(1);
    // Both replications fail; whichever fails first stops the other before it starts, so the
    // one named depends on thread timing.
    assertThat(outcome.err())
        .matches("flow\\.yaml: error: streaming replication [12] failed: event list overflow\n");
  }

  @Test
  void aModeNotYetAvailableSaysSoAndExitsTwo() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(streaming, "simulate", "flow.yaml", "--mode", "batch");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .isEqualTo(
            "napkin simulate: error: --mode batch is not yet available (this build simulates:"
                + " streaming)\n");
  }

  @Test
  void allRunsWhatExistsAndWarnsAboutWhatWasSkipped() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(streaming, "simulate", "flow.yaml", "--mode", "all");

    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.err())
        .isEqualTo(
            "flow.yaml: warning: not yet available, so not simulated: batch, micro-batch,"
                + " as-designed; the comparison covers streaming\n");
  }

  @Test
  void failOnMissExitsThreeWhenTheCheckedRunMissesItsSla() {
    CliServices tight = CliFixtures.streamingOnly(CliFixtures.clickstream(Duration.ofSeconds(30)));

    CliFixtures.Outcome outcome =
        CliFixtures.run(tight, "simulate", "flow.yaml", "--mode", "streaming", "--fail-on-miss");
    CliFixtures.Outcome without =
        CliFixtures.run(tight, "simulate", "flow.yaml", "--mode", "streaming");

    assertThat(outcome.exitCode()).isEqualTo(3);
    assertThat(outcome.err())
        .isEqualTo("flow.yaml: error: streaming misses the SLA of dashboard\n");
    assertThat(outcome.out()).contains("✗");
    assertThat(without.exitCode()).isEqualTo(0);
  }

  @Test
  void failOnMissExitsZeroWhenTheCheckedRunMeetsItsSla() {
    assertThat(
            CliFixtures.run(
                    streaming, "simulate", "flow.yaml", "--mode", "streaming", "--fail-on-miss")
                .exitCode())
        .isEqualTo(0);
  }

  @Test
  void failOnMissWithAllChecksTheModeTheFlowIsDesignedIn() {
    CliServices tight = CliFixtures.streamingOnly(CliFixtures.clickstream(Duration.ofSeconds(30)));

    CliFixtures.Outcome outcome = CliFixtures.run(tight, "simulate", "flow.yaml", "--fail-on-miss");

    assertThat(outcome.exitCode()).isEqualTo(3);
    assertThat(outcome.err()).endsWith("flow.yaml: error: streaming misses the SLA of dashboard\n");
  }

  @Test
  void failOnMissExitsThreeWhenTheCheckedRunIsUnstable() {
    CliServices unstable =
        CliFixtures.services(
            flow,
            ModeRegistry.empty()
                .with(
                    "streaming",
                    () ->
                        new CliFixtures.ScriptedMode(
                            "streaming",
                            (input, control) -> {
                              RunStats stats = CliFixtures.knownStreaming().run(input, control);
                              stats.markUnstable(
                                  new RunStats.Instability(CliFixtures.SESSIONIZE, 1.2, 400));
                              return stats;
                            })),
            2,
            false);

    CliFixtures.Outcome outcome =
        CliFixtures.run(unstable, "simulate", "flow.yaml", "--mode", "streaming", "--fail-on-miss");

    assertThat(outcome.exitCode()).isEqualTo(3);
    assertThat(outcome.err())
        .isEqualTo(
            "flow.yaml: error: streaming is unstable: sessionize is overloaded: utilization 1.2"
                + " (≥ 1), its backlog grows by 400 records/s\n");
  }
}

package dev.napkin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.simulator.run.ModeRegistry;
import org.junit.jupiter.api.Test;

class SimulateProgressTest {
  private static CliServices services(boolean console) {
    return CliFixtures.services(
        CliFixtures.clickstream(),
        ModeRegistry.empty().with("streaming", CliFixtures::knownStreaming),
        1,
        console);
  }

  @Test
  void alwaysWithoutAConsolePrintsALineEveryTenPercent() {
    String err =
        CliFixtures.run(
                services(false),
                "simulate",
                "flow.yaml",
                "--mode",
                "streaming",
                "--progress",
                "always")
            .err();

    assertThat(err).startsWith("simulating 0 %\n").contains("simulating 100 %\n");
    assertThat(err.lines().filter(l -> l.startsWith("simulating")))
        .allMatch(l -> l.matches("simulating (0|[1-9]0|100) %"));
  }

  @Test
  void onAConsoleAutoRewritesOneLineAndClearsIt() {
    String err =
        CliFixtures.run(services(true), "simulate", "flow.yaml", "--mode", "streaming").err();

    assertThat(err).startsWith("\rsimulating 0 %").contains("\rsimulating 100 %");
    assertThat(err).endsWith("\r" + " ".repeat(16) + "\r");
  }

  @Test
  void autoWithoutAConsoleAndNeverPrintNothing() {
    assertThat(
            CliFixtures.run(services(false), "simulate", "flow.yaml", "--mode", "streaming").err())
        .isEmpty();
    assertThat(
            CliFixtures.run(
                    services(true),
                    "simulate",
                    "flow.yaml",
                    "--mode",
                    "streaming",
                    "--progress",
                    "never")
                .err())
        .isEmpty();
  }
}

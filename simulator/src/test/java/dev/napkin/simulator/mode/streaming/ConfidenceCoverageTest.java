package dev.napkin.simulator.mode.streaming;

import static dev.napkin.simulator.mode.streaming.TestFlows.edge;
import static dev.napkin.simulator.mode.streaming.TestFlows.exp;
import static dev.napkin.simulator.mode.streaming.TestFlows.ms;
import static dev.napkin.simulator.mode.streaming.TestFlows.plain;
import static dev.napkin.simulator.mode.streaming.TestFlows.sink;
import static dev.napkin.simulator.mode.streaming.TestFlows.source;
import static dev.napkin.simulator.mode.streaming.TestFlows.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.Estimate;
import dev.napkin.simulator.mode.StreamingSimulator;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.run.Simulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A check of the checks: over many independent seeds, the reported 95 % confidence interval of the
 * M/M/1 mean latency covers the true W = 1/(μ−λ) in about 95 % of runs. With 400 runs the share's
 * standard error is √(0.95·0.05/400) ≈ 0.011, so 4 standard errors allow 0.906 to 0.994.
 */
class ConfidenceCoverageTest {
  private static final int RUNS = 400;
  private static final double TRUE_MEAN_SECONDS = 1.0 / (2000 - 1000);

  @Test
  void mm1MeanIntervalCoversTheTrueMeanAboutNinetyFivePercentOfTheTime() {
    Flow flow =
        TestFlows.flow(
            List.of(
                source("in", 1000, Arrivals.POISSON),
                stage("work", exp(ms(0.5)), 1),
                sink("out", Duration.ZERO)),
            List.of(edge("in", "work"), edge("work", "out")),
            plain());
    Simulator simulator = new Simulator(1);
    int covered = 0;
    for (int seed = 1; seed <= RUNS; seed++) {
      SimulationSettings settings =
          SimulationSettings.DEFAULTS
              .withHorizon(Duration.ofSeconds(7))
              .withWarmup(Duration.ofSeconds(1))
              .withReplications(5)
              .withSeed(seed);
      SimulationRequest request =
          new SimulationRequest(
              flow, settings, Map.of(), List.of(new StreamingSimulator()), Prices.bundled());
      Estimate mean =
          simulator
              .run(request, RunControl.none())
              .modes()
              .get(0)
              .sinks()
              .get(0)
              .latency()
              .orElseThrow()
              .mean();
      if (mean.low() <= TRUE_MEAN_SECONDS && TRUE_MEAN_SECONDS <= mean.high()) {
        covered++;
      }
    }
    double share = covered / (double) RUNS;
    double se = Math.sqrt(0.95 * 0.05 / RUNS);
    assertThat(share).isBetween(0.95 - 4 * se, 0.95 + 4 * se);
  }
}

package dev.napkin.simulator.mode.streaming;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Independent replications of one flow, and a figure's mean over them with its standard error
 * (sample standard deviation / √R): the tolerance of closed-form checks comes from the runs
 * themselves.
 */
final class Replicated {
  final RunStats[] runs;

  private Replicated(RunStats[] runs) {
    this.runs = runs;
  }

  static Replicated run(Flow flow, Duration horizon, Duration warmup, int replications) {
    RunStats[] runs = new RunStats[replications];
    for (int r = 0; r < replications; r++) {
      runs[r] =
          new StreamingSimulator()
              .run(TestFlows.input(flow, horizon, warmup, 20_240_601, r), RunControl.none());
    }
    return new Replicated(runs);
  }

  Estimate of(ToDoubleFunction<RunStats> figure) {
    double[] xs = Arrays.stream(runs).mapToDouble(figure).toArray();
    double mean = Arrays.stream(xs).average().orElseThrow();
    double ss = Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum();
    double se = Math.sqrt(ss / (xs.length - 1) / xs.length);
    return new Estimate(mean, se);
  }

  /** A mean over replications and its standard error. */
  record Estimate(double mean, double standardError) {
    /** |mean − expected| within 4 standard errors plus a known bias bound. */
    boolean agreesWith(double expected, double knownBias) {
      return Math.abs(mean - expected) <= 4 * standardError + knownBias;
    }

    @Override
    public String toString() {
      return String.format("%.6g ± %.2g (SE)", mean, standardError);
    }
  }
}

package dev.napkin.simulator.mode.batch;

import static dev.napkin.simulator.mode.batch.ModeFlows.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.BatchSimulator;
import dev.napkin.simulator.mode.MicroBatchSimulator;
import dev.napkin.simulator.mode.ModeSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Batch and micro-batch stage backlogs follow the stage model: a record is at a source-fed stage
 * from its arrival until the stage ends in the run that takes it, at a later stage from its
 * upstream stage's end, at a sink until visible. With Poisson arrivals at λ, one stage, a run every
 * T, startup S and stage time P: L = λ(T/2 + S + P) and at most λT + λ(S + P) (plus Poisson spread)
 * at once; L = λ·commit at the sink.
 */
class StageBacklogTest {
  private static final double T = 60;
  private static final double S = 5;
  private static final double OVERHEAD = 2;
  private static final double COST = 0.002;
  private static final double COMMIT = 1;
  private static final double RATE = 100;
  private static final int PARALLELISM = 2;
  private static final double HORIZON = 7200;
  private static final double WARMUP = 600;

  private static Flow flow(ExecutionMode mode, boolean twoStages) {
    List<dev.napkin.model.flow.Node> nodes =
        twoStages
            ? List.of(
                source("src", RATE, Arrivals.POISSON, Optional.of(exp(s(0.5)))),
                stage("work", fixed(s(COST)), s(OVERHEAD), PARALLELISM, 1.0),
                stage("more", exp(s(COST)), s(OVERHEAD), 1, 0.5),
                sink("out", s(COMMIT)))
            : List.of(
                source("src", RATE, Arrivals.POISSON, Optional.empty()),
                stage("work", fixed(s(COST)), s(OVERHEAD), PARALLELISM, 1.0),
                sink("out", s(COMMIT)));
    List<dev.napkin.model.flow.Edge> edges =
        twoStages
            ? List.of(edge("src", "work"), edge("work", "more"), edge("more", "out"))
            : List.of(edge("src", "work"), edge("work", "out"));
    return jobFlow(nodes, edges, mode, batch(s(T), s(S)), micro(s(5), s(0.5), s(1)));
  }

  private static RunStats run(ModeSimulator simulator, Flow flow) {
    return simulator.run(input(flow, s(HORIZON), s(WARMUP), 11, 0), RunControl.none());
  }

  @Test
  void aBatchStageHoldsItsRecordsFromArrivalToItsEnd() {
    RunStats stats = run(new BatchSimulator(), flow(ExecutionMode.BATCH, false));
    NodeStats work = stats.node(NodeId.of("work"));
    double p = OVERHEAD + RATE * T * COST / PARALLELISM;
    double expected = RATE * (T / 2 + S + p);
    double mean = work.inSystemNanos() / stats.measuredNanos();
    // the noise is the Poisson count of each period (relative 1/√(λT)) averaged over the periods
    double periods = (HORIZON - WARMUP) / T;
    double se = expected / Math.sqrt(RATE * T * periods);
    assertThat(mean).isCloseTo(expected, within(4 * se));
    double peak = RATE * (T + S + p);
    assertThat((double) work.backlogMax()).isBetween(peak, peak + 5 * Math.sqrt(peak));

    NodeStats out = stats.node(NodeId.of("out"));
    double atSink = out.inSystemNanos() / stats.measuredNanos();
    assertThat(atSink).isCloseTo(RATE * COMMIT, within(4 * RATE * COMMIT / Math.sqrt(periods)));
    assertThat((double) out.backlogMax()).isBetween(RATE * T, RATE * T + 5 * Math.sqrt(RATE * T));
  }

  @Test
  void littlesLawHoldsOnEveryBatchAndMicroBatchStage() {
    for (ExecutionMode mode : List.of(ExecutionMode.BATCH, ExecutionMode.MICRO_BATCH)) {
      ModeSimulator simulator =
          mode == ExecutionMode.BATCH ? new BatchSimulator() : new MicroBatchSimulator();
      RunStats stats = run(simulator, flow(mode, true));
      double seconds = stats.measuredNanos() / 1e9;
      for (Map.Entry<NodeId, NodeStats> e : stats.nodes().entrySet()) {
        NodeStats n = e.getValue();
        double l = n.inSystemNanos() / stats.measuredNanos();
        double lambda = n.arrivedMeasured() / seconds;
        double w = n.sojournNanosTotal() / n.sojournCount() / 1e9;
        // a sample-path identity up to the records present at warm-up or left at the horizon
        assertThat(l)
            .as("%s %s: L = %s, λW = %s", mode, e.getKey(), l, lambda * w)
            .isCloseTo(lambda * w, org.assertj.core.data.Percentage.withPercentage(2));
      }
    }
  }
}

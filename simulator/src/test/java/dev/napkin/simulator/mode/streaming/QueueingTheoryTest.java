package dev.napkin.simulator.mode.streaming;

import static dev.napkin.simulator.mode.streaming.TestFlows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.metrics.RunStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Streaming against queueing theory: one stage with Poisson arrivals and no transport, buffering,
 * checkpoint gating or commit, so a record's latency at the sink is its sojourn in the stage. Each
 * check runs 20 independent replications and accepts the closed form within 4 standard errors of
 * the replication means, plus the histogram's 0.1 % resolution.
 */
class QueueingTheoryTest {
  private static final int REPLICATIONS = 20;
  private static final NodeId OUT = NodeId.of("out");
  private static final double HISTOGRAM_RESOLUTION = 1e-3;

  private static Flow oneStage(double lambda, dev.napkin.model.dist.Distribution cost, int c) {
    return flow(
        List.of(
            source("src", lambda, Arrivals.POISSON), stage("work", cost, c), sink("out", ms(0))),
        List.of(edge("src", "work"), edge("work", "out")),
        plain());
  }

  private static double meanSeconds(RunStats r) {
    return r.sink(OUT).latencies().getMean() / 1e9;
  }

  private static double p99Seconds(RunStats r) {
    return r.sink(OUT).latencies().getValueAtPercentile(99) / 1e9;
  }

  @Test
  void mm1SojournHasMeanOneOverMuMinusLambdaAndExponentialP99() {
    double lambda = 500;
    double mu = 1000;
    Replicated runs = Replicated.run(oneStage(lambda, exp(ms(1)), 1), s(100), s(5), REPLICATIONS);

    var mean = runs.of(QueueingTheoryTest::meanSeconds);
    var p99 = runs.of(QueueingTheoryTest::p99Seconds);
    double w = 1 / (mu - lambda);
    double w99 = Math.log(100) / (mu - lambda);
    assertThat(mean.agreesWith(w, HISTOGRAM_RESOLUTION * w)).as("W %s vs %s", mean, w).isTrue();
    assertThat(p99.agreesWith(w99, HISTOGRAM_RESOLUTION * w99))
        .as("p99 %s vs %s", p99, w99)
        .isTrue();
  }

  @Test
  void mmcWaitFollowsErlangC() {
    double lambda = 2000;
    double mu = 1000;
    int c = 3;
    Replicated runs = Replicated.run(oneStage(lambda, exp(ms(1)), c), s(50), s(5), REPLICATIONS);

    double w = 1 / mu + erlangC(c, lambda / mu) / (c * mu - lambda);
    var mean = runs.of(QueueingTheoryTest::meanSeconds);
    assertThat(mean.agreesWith(w, HISTOGRAM_RESOLUTION * w)).as("W %s vs %s", mean, w).isTrue();
  }

  /** Probability that an arrival waits in M/M/c with offered load a = λ/μ. */
  static double erlangC(int c, double a) {
    double term = 1;
    double sum = 0;
    for (int k = 0; k < c; k++) {
      sum += term;
      term *= a / (k + 1);
    }
    double last = term * c / (c - a);
    return last / (sum + last);
  }

  @Test
  void erlangCMatchesAHandComputedCase() {
    // c = 3, a = 2: (8/6 · 3) / (1 + 2 + 2 + 4) = 4/9
    assertThat(erlangC(3, 2)).isCloseTo(4.0 / 9, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void md1WaitFollowsPollaczekKhinchine() {
    double lambda = 500;
    double mu = 1000;
    double rho = lambda / mu;
    Replicated runs = Replicated.run(oneStage(lambda, fixed(ms(1)), 1), s(100), s(5), REPLICATIONS);

    double w = rho / (2 * mu * (1 - rho)) + 1 / mu;
    var mean = runs.of(QueueingTheoryTest::meanSeconds);
    assertThat(mean.agreesWith(w, HISTOGRAM_RESOLUTION * w)).as("W %s vs %s", mean, w).isTrue();
  }

  @Test
  void tandemOfThreeStagesAddsUpLikeAJacksonNetwork() {
    double lambda = 500;
    double[] mu = {1000, 1500, 2000};
    Flow flow =
        flow(
            List.of(
                source("src", lambda, Arrivals.POISSON),
                stage("a", exp(ms(1000 / mu[0])), 1),
                stage("b", exp(ms(1000 / mu[1])), 1),
                stage("c", exp(ms(1000 / mu[2])), 1),
                sink("out", ms(0))),
            List.of(edge("src", "a"), edge("a", "b"), edge("b", "c"), edge("c", "out")),
            plain());
    Replicated runs = Replicated.run(flow, s(100), s(5), REPLICATIONS);

    double total = 0;
    for (int i = 0; i < 3; i++) {
      NodeId id = NodeId.of(String.valueOf((char) ('a' + i)));
      double w = 1 / (mu[i] - lambda);
      total += w;
      var stage = runs.of(r -> r.node(id).sojournNanosTotal() / r.node(id).sojournCount() / 1e9);
      assertThat(stage.agreesWith(w, 0)).as("stage %s: %s vs %s", id, stage, w).isTrue();
    }
    var mean = runs.of(QueueingTheoryTest::meanSeconds);
    assertThat(mean.agreesWith(total, HISTOGRAM_RESOLUTION * total))
        .as("W %s vs %s", mean, total)
        .isTrue();
  }

  @Test
  void utilizationIsLambdaTimesMeanCostOverServers() {
    double lambda = 2000;
    Replicated runs = Replicated.run(oneStage(lambda, exp(ms(1)), 3), s(50), s(5), 5);

    var utilization =
        runs.of(r -> r.node(NodeId.of("work")).busyServerNanos() / (3.0 * r.measuredNanos()));
    assertThat(utilization.agreesWith(2.0 / 3, 0)).as("ρ %s", utilization).isTrue();
  }
}

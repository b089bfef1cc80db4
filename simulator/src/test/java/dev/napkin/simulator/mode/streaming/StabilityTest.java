package dev.napkin.simulator.mode.streaming;

import static dev.napkin.simulator.mode.streaming.TestFlows.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StabilityTest {

  private static Flow twoStages(double rate, Profile profile, Duration cost) {
    return flow(
        List.of(
            source("src", rate, profile),
            stage("light", exp(ms(0.01)), 1),
            stage("heavy", exp(cost), 1),
            sink("out", ms(0))),
        List.of(edge("src", "light"), edge("light", "heavy"), edge("heavy", "out")),
        plain());
  }

  @Test
  void overloadedStageIsReportedWithItsLoadAndBacklogGrowthWithoutSimulatingForever() {
    // λ = 1200/s, μ = 1000/s: ρ = 1.2, the backlog grows by 200 records a second
    Flow flow = twoStages(1200, Profile.CONSTANT, ms(1));
    long start = System.nanoTime();
    RunStats stats =
        new StreamingSimulator()
            .run(input(flow, Duration.ofHours(24 * 7), s(0), 1, 0), RunControl.none());
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(stats.stable()).isFalse();
    RunStats.Instability why = stats.instability().orElseThrow();
    assertThat(why.stage()).isEqualTo(NodeId.of("heavy"));
    assertThat(why.utilization()).isCloseTo(1.2, within(1e-9));
    assertThat(why.backlogGrowthPerSecond()).isCloseTo(200, within(1e-6));
    assertThat(seconds).isLessThan(1.0);
    assertThat(stats.billing()).hasSize(3); // two stages and the job are billed all the same
  }

  @Test
  void loadExactlyAtCapacityIsUnstable() {
    RunStats stats =
        new StreamingSimulator()
            .run(
                input(twoStages(1000, Profile.CONSTANT, ms(1)), s(60), s(0), 1, 0),
                RunControl.none());
    assertThat(stats.instability().orElseThrow().utilization()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aBacklogThatOutgrowsTheRecordCapStopsTheRunAsUnstable() {
    // mean ρ = 0.5, but bursts of 3× the rate for 10 minutes: the heavy stage falls 300,000
    // records behind in each burst; with room for 20,000 records in flight the run stops early.
    // Exact fidelity asked: the record cap bounds exact runs (auto would pick aggregate here,
    // 2.7·10⁷ record steps a replication times the default replications).
    Profile bursts = new Profile.Bursts(Duration.ofHours(1), Duration.ofMinutes(10), 3);
    Flow flow = twoStages(500, bursts, ms(1));
    RunInput five = input(flow, Duration.ofHours(5), s(0), 1, 0);
    RunInput exact =
        new RunInput(
            flow, five.settings().withFidelity(SimulationSettings.Fidelity.EXACT), Map.of(), 0);
    long start = System.nanoTime();
    RunStats stats =
        new StreamingSimulator(20_000, VisibilityObserver.NONE).run(exact, RunControl.none());
    double seconds = (System.nanoTime() - start) / 1e9;

    RunStats.Instability why = stats.instability().orElseThrow();
    assertThat(why.stage()).isEqualTo(NodeId.of("heavy"));
    assertThat(why.utilization()).isCloseTo(0.5, within(1e-9));
    assertThat(why.backlogGrowthPerSecond()).isPositive();
    assertThat(stats.node(NodeId.of("heavy")).inFlightAtEnd()).isBetween(19_000L, 20_000L);
    assertThat(seconds).isLessThan(5.0);
  }

  @Test
  void aDiurnalPeakAboveCapacityWithAMeanBelowItIsStable() {
    // ρ = 0.8 on average; at the 1.8× peak the heavy stage gets 1.44× its capacity
    Profile diurnal = new Profile.Diurnal(1.8, Duration.ofHours(14));
    Flow flow = twoStages(2, diurnal, ms(400));
    RunStats stats =
        new StreamingSimulator()
            .run(input(flow, Duration.ofHours(48), Duration.ofHours(1), 1, 0), RunControl.none());

    assertThat(stats.stable()).isTrue();
    assertThat(stats.node(NodeId.of("heavy")).backlogMax()).isGreaterThan(100);
    assertThat(stats.sink(NodeId.of("out")).results()).isGreaterThan(300_000);
  }
}

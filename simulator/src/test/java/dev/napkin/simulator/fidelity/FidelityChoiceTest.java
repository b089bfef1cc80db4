package dev.napkin.simulator.fidelity;

import static dev.napkin.simulator.mode.batch.ModeFlows.edge;
import static dev.napkin.simulator.mode.batch.ModeFlows.s;
import static dev.napkin.simulator.mode.batch.ModeFlows.sink;
import static dev.napkin.simulator.mode.batch.ModeFlows.source;
import static dev.napkin.simulator.mode.batch.ModeFlows.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.SimulationSettings.Fidelity;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.BatchSimulator;
import dev.napkin.simulator.mode.FidelityPlan;
import dev.napkin.simulator.mode.MicroBatchSimulator;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.StreamingSimulator;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.run.Simulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which fidelity runs, what the result says about it, and that aggregate is repeatable. */
class FidelityChoiceTest {
  private static Flow flow(double rate) {
    return Flow.of(
        "test",
        List.of(
            source("src", rate, Arrivals.POISSON, Optional.of(new Distribution.Exponential(s(1)))),
            stage("work", Distribution.fixed(s(0.0001)), Duration.ZERO, 2, 1.0),
            sink("out", s(0.5))),
        List.of(edge("src", "work"), edge("work", "out")));
  }

  private static SimulationSettings settings(double horizonSeconds, Fidelity fidelity) {
    return SimulationSettings.DEFAULTS
        .withHorizon(s(horizonSeconds))
        .withWarmup(s(10))
        .withReplications(2)
        .withFidelity(fidelity);
  }

  /** The modes with a small aggregate budget (2¹⁴ units a run), to keep the tests quick. */
  private static List<ModeSimulator> small() {
    long budget = 1 << 14;
    return List.of(
        new BatchSimulator(budget),
        new MicroBatchSimulator(budget),
        new StreamingSimulator(
            StreamingSimulator.DEFAULT_MAX_LIVE_RECORDS,
            dev.napkin.simulator.mode.streaming.VisibilityObserver.NONE,
            budget));
  }

  @Test
  void autoIsExactUnderFiftyMillionRecordStepsOverAllReplicationsAndAggregateAbove() {
    // 1000 records/s reach two nodes (stage and sink): 2,000 steps a second
    assertThat(FidelityPlan.recordSteps(flow(1000), settings(3600, Fidelity.AUTO), Map.of()))
        .isEqualTo(7.2e6);
    assertThat(FidelityPlan.work(flow(1000), settings(3600, Fidelity.AUTO), Map.of()))
        .isEqualTo(1.44e7);
    assertThat(FidelityPlan.used(flow(1000), settings(3600, Fidelity.AUTO), Map.of()))
        .isEqualTo(Fidelity.EXACT);
    // 3 h: 2.16·10⁷ steps a replication; two replications stay exact, three do not
    SimulationSettings threeHours = settings(3 * 3600, Fidelity.AUTO);
    assertThat(FidelityPlan.used(flow(1000), threeHours, Map.of())).isEqualTo(Fidelity.EXACT);
    assertThat(FidelityPlan.work(flow(1000), threeHours.withReplications(3), Map.of()))
        .isEqualTo(6.48e7);
    assertThat(FidelityPlan.used(flow(1000), threeHours.withReplications(3), Map.of()))
        .isEqualTo(Fidelity.AGGREGATE);
    assertThat(FidelityPlan.used(flow(1000), settings(7 * 3600, Fidelity.AUTO), Map.of()))
        .isEqualTo(Fidelity.AGGREGATE);
    assertThat(FidelityPlan.used(flow(1000), settings(7 * 3600, Fidelity.EXACT), Map.of()))
        .isEqualTo(Fidelity.EXACT);
    assertThat(FidelityPlan.used(flow(1000), settings(60, Fidelity.AGGREGATE), Map.of()))
        .isEqualTo(Fidelity.AGGREGATE);
  }

  @Test
  void clickstreamAtItsOwnSettingsRunsAggregateUnderAuto() {
    var read =
        dev.napkin.model.spec.SpecReader.read(
            java.nio.file.Path.of("..", "assets", "examples", "clickstream.yaml"));
    Flow flow = read.flow().orElseThrow();
    SimulationSettings own = flow.simulation();
    assertThat(own.fidelity()).isEqualTo(Fidelity.AUTO);
    assertThat(own.replications()).isEqualTo(3);
    // 4.3·10⁷ steps a replication stays under the limit; three replications do not
    double steps = FidelityPlan.recordSteps(flow, own, Map.of());
    assertThat(steps).isBetween(4.3e7, 4.4e7);
    assertThat(FidelityPlan.work(flow, own, Map.of())).isEqualTo(3 * steps);
    assertThat(FidelityPlan.used(flow, own.withReplications(1), Map.of()))
        .isEqualTo(Fidelity.EXACT);
    assertThat(FidelityPlan.used(flow, own, Map.of())).isEqualTo(Fidelity.AGGREGATE);
  }

  @Test
  void resultSaysWhichFidelityWasUsed() {
    List<ModeSimulator> modes =
        List.of(new BatchSimulator(), new MicroBatchSimulator(), new StreamingSimulator());
    for (Fidelity asked : List.of(Fidelity.EXACT, Fidelity.AGGREGATE)) {
      var request =
          new SimulationRequest(
              flow(200),
              settings(120, asked),
              Map.of(),
              modes,
              dev.napkin.model.catalog.Prices.bundled());
      var result = new Simulator(1).run(request, RunControl.none());
      assertThat(result.fidelity()).isEqualTo(asked);
      assertThat(result.warnings()).noneMatch(w -> w.contains("fidelity"));
    }
  }

  @Test
  void aggregateIsDeterministicAndConservesRecords() {
    SimulationSettings settings = settings(600, Fidelity.AGGREGATE).withSeed(5);
    Flow flow = flow(2000).withSimulation(settings);
    for (ModeSimulator mode : small()) {
      var first = Agreement.run(mode, flow, settings, Fidelity.AGGREGATE);
      var second = Agreement.run(mode, flow, settings, Fidelity.AGGREGATE);
      var out = dev.napkin.model.flow.NodeId.of("out");
      assertThat(second.sink(out).latencies()).isEqualTo(first.sink(out).latencies());
      assertThat(second.sink(out).completeness()).isEqualTo(first.sink(out).completeness());
      for (var node : first.nodes().entrySet()) {
        var stats = node.getValue();
        assertThat(stats.arrived())
            .as("%s %s", mode.name(), node.getKey())
            .isEqualTo(stats.departed() + stats.dropped() + stats.inFlightAtEnd());
      }
      // records in = records out: the work stage passes every record of the run on to the sink
      var work = first.node(dev.napkin.model.flow.NodeId.of("work"));
      assertThat(first.node(out).arrived()).isEqualTo(work.departed());
    }
  }

  @Test
  void stateDoesNotGrowWithTheHorizon() {
    Flow flow = flow(5000);
    for (ModeSimulator mode : small()) {
      var hour = Agreement.run(mode, flow, settings(3600, Fidelity.AGGREGATE), Fidelity.AGGREGATE);
      var tenHours =
          Agreement.run(mode, flow, settings(36_000, Fidelity.AGGREGATE), Fidelity.AGGREGATE);
      var out = dev.napkin.model.flow.NodeId.of("out");
      long records = tenHours.node(out).arrived();
      assertThat(records).as(mode.name()).isGreaterThan(9 * hour.node(out).arrived());
      assertThat(tenHours.peakLiveUnits())
          .as("%s: units held at once, 1 h vs 10 h", mode.name())
          .isLessThanOrEqualTo(Math.max(64, hour.peakLiveUnits() * 3 / 2));
    }
  }
}

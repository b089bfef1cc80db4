package dev.napkin.simulator.mode.hybrid;

import static dev.napkin.simulator.mode.batch.ModeFlows.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.spec.ReadResult;
import dev.napkin.model.spec.SpecReader;
import dev.napkin.simulator.cost.CostBreakdown;
import dev.napkin.simulator.cost.MonthlyCost;
import dev.napkin.simulator.cost.ResolvedPrices;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.mode.MicroBatchSimulator;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped hybrid examples simulate as designed: records are conserved at every stage, each job
 * is billed in its own mode (the always-on jobs exactly as in their single-mode run, the same
 * records), and the month's cost is the sum of the jobs' costs.
 */
class HybridExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "assets", "examples");

  private static Flow example(String name) {
    ReadResult read = SpecReader.read(EXAMPLES.resolve(name));
    assertThat(read.hasErrors()).as(read.issues().toString()).isFalse();
    return read.flow().orElseThrow();
  }

  private static RunStats run(ModeSimulator simulator, Flow flow) {
    SimulationSettings settings =
        flow.simulation().withHorizon(s(1800)).withWarmup(s(300)).withSeed(42);
    return simulator.run(new RunInput(flow, settings, Map.of(), 0), RunControl.none());
  }

  private static void assertConserved(RunStats stats) {
    assertThat(stats.nodes()).isNotEmpty();
    for (Map.Entry<NodeId, NodeStats> e : stats.nodes().entrySet()) {
      NodeStats n = e.getValue();
      assertThat(n.arrived())
          .as(e.getKey().value())
          .isEqualTo(n.departed() + n.dropped() + n.inFlightAtEnd());
    }
  }

  private static CostBreakdown cost(Flow flow, RunStats stats) {
    return new MonthlyCost(ResolvedPrices.resolve(flow.cost(), Prices.bundled()))
        .of(flow, List.of(stats));
  }

  @Test
  void lambdaRunsItsSpeedLayerInStreamingAndItsBatchLayerInBatch() {
    Flow flow = example("lambda-architecture.yaml");
    RunStats designed = run(new AsDesignedSimulator(), flow);
    RunStats streaming = run(new StreamingSimulator(), flow);
    assertThat(designed.stable()).isTrue();
    assertConserved(designed);
    NodeId speed = NodeId.of("speed_counts");
    NodeId batch = NodeId.of("batch_counts");
    // the speed layer is the same streaming job, on the same records, as in the streaming run
    assertThat(designed.nodes().get(speed).arrived())
        .isEqualTo(streaming.nodes().get(speed).arrived());
    assertThat(designed.nodes().get(speed).emitted())
        .isEqualTo(streaming.nodes().get(speed).emitted());
    assertThat(designed.billing())
        .filteredOn(b -> b.mode() == ExecutionMode.STREAMING)
        .containsExactlyElementsOf(
            streaming.billing().stream()
                .filter(b -> b.node().isEmpty() || b.node().get().equals(speed))
                .toList());
    assertThat(designed.billing())
        .filteredOn(b -> b.mode() == ExecutionMode.BATCH)
        .singleElement()
        .satisfies(b -> assertThat(b.node()).contains(batch));
    // the sink gets both layers' results: the speed layer's minute counts and the hourly recount
    long minuteResults = designed.nodes().get(speed).emitted();
    assertThat(designed.nodes().get(NodeId.of("campaign_stats")).arrived())
        .isEqualTo(minuteResults + designed.nodes().get(batch).emitted());
    assertThat(designed.sink(NodeId.of("campaign_stats")).results()).isPositive();
    assertCostIsTheSumOfTheJobs(flow, designed);
  }

  @Test
  void featureStoreFeedsItsHourlyBatchFromTheMicroBatchFeatures() {
    Flow flow = example("feature-store.yaml");
    RunStats designed = run(new AsDesignedSimulator(), flow);
    RunStats micro = run(new MicroBatchSimulator(), flow);
    assertThat(designed.stable()).isTrue();
    assertConserved(designed);
    // the online path is the micro-batch job, unchanged: the same records, the same latencies
    NodeId online = NodeId.of("online");
    assertThat(designed.sink(online).latencies()).isEqualTo(micro.sink(online).latencies());
    assertThat(designed.sink(online).sourceRecords()).isEqualTo(micro.sink(online).sourceRecords());
    NodeId features = NodeId.of("user_features");
    NodeId compact = NodeId.of("compact");
    // every feature result crosses to the batch job; what the horizon allows is compacted
    assertThat(designed.nodes().get(compact).arrived()).isPositive();
    assertThat(designed.nodes().get(compact).arrived())
        .isLessThanOrEqualTo(designed.nodes().get(features).emitted());
    assertThat(designed.sink(NodeId.of("offline")).results()).isPositive();
    assertThat(designed.billing())
        .filteredOn(b -> b.mode() == ExecutionMode.MICRO_BATCH)
        .containsExactlyElementsOf(
            micro.billing().stream().filter(b -> b.node().get().equals(features)).toList());
    assertThat(designed.billing())
        .filteredOn(b -> b.mode() == ExecutionMode.BATCH)
        .singleElement()
        .satisfies(b -> assertThat(b.node()).contains(compact));
    assertCostIsTheSumOfTheJobs(flow, designed);
  }

  /** The month's cost is each job's entries priced in its own mode, nothing else. */
  private static void assertCostIsTheSumOfTheJobs(Flow flow, RunStats designed) {
    CostBreakdown total = cost(flow, designed);
    BigDecimal sum = BigDecimal.ZERO;
    for (ExecutionMode mode : ExecutionMode.values()) {
      RunStats job = new RunStats("job");
      job.setMeasuredNanos(designed.measuredNanos());
      designed.billing().stream().filter(b -> b.mode() == mode).forEach(job::bill);
      sum = sum.add(cost(flow, job).total());
    }
    assertThat(total.total()).isEqualByComparingTo(sum);
    assertThat(total.total()).isPositive();
  }
}

package dev.napkin.simulator.cost;

import static dev.napkin.simulator.testing.TestFlows.CLICKS;
import static dev.napkin.simulator.testing.TestFlows.DASHBOARD;
import static dev.napkin.simulator.testing.TestFlows.SESSIONIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.testing.TestFlows;
import dev.napkin.simulator.testing.TestStats;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthlyCostTest {
  private final Flow flow = TestFlows.clickstream();
  private final MonthlyCost cost =
      new MonthlyCost(ResolvedPrices.resolve(flow.cost(), Prices.bundled()));

  @Test
  void fourStreamingVcpusAndOneJobCostWhatAMonthOfThemCosts() {
    // 4 vCPU × 0.11 USD × 730 h = 321.20; one job × 0.11 USD × 730 h = 80.30; clicks 150 a month.
    RunStats run =
        TestStats.mode("streaming")
            .vcpus(SESSIONIZE, ExecutionMode.STREAMING, 4)
            .job(ExecutionMode.STREAMING)
            .build();

    CostBreakdown breakdown = cost.of(flow, List.of(run));

    assertThat(breakdown.byNode())
        .containsExactlyEntriesOf(nodes(CLICKS, "150.00", SESSIONIZE, "321.20", DASHBOARD, "0.00"));
    assertThat(breakdown.jobs()).isEqualTo(new BigDecimal("80.30"));
    assertThat(breakdown.total()).isEqualTo(new BigDecimal("551.50"));
  }

  @Test
  void scalesTheMeasuredHoursToAMonthAndAveragesReplications() {
    // 2 vCPU-hours in 2 h measured is 1 vCPU all month: 43.80 at 0.06; then 2 vCPUs: 87.60.
    RunStats first = new RunStats("batch");
    first.setMeasuredNanos(2 * TestStats.HOUR);
    first.bill(RunStats.Billing.vcpu(SESSIONIZE, ExecutionMode.BATCH, 2));
    RunStats second = new RunStats("batch");
    second.setMeasuredNanos(2 * TestStats.HOUR);
    second.bill(RunStats.Billing.vcpu(SESSIONIZE, ExecutionMode.BATCH, 4));

    CostBreakdown breakdown = cost.of(flow, List.of(first, second));

    assertThat(breakdown.byNode().get(SESSIONIZE)).isEqualTo(new BigDecimal("65.70"));
    assertThat(breakdown.jobs()).isEqualTo(new BigDecimal("0.00"));
    assertThat(breakdown.total()).isEqualTo(new BigDecimal("215.70"));
  }

  @Test
  void billsEachEntryAtItsOwnModesPrice() {
    // As designed: 1 batch vCPU (0.06) and 1 streaming vCPU (0.11) on the same stage.
    RunStats run =
        TestStats.mode("as-designed")
            .vcpus(SESSIONIZE, ExecutionMode.BATCH, 1)
            .vcpus(SESSIONIZE, ExecutionMode.STREAMING, 1)
            .build();

    assertThat(cost.of(flow, List.of(run)).byNode().get(SESSIONIZE))
        .isEqualTo(new BigDecimal("124.10"));
  }

  @Test
  void refusesToScaleBillingWithNoMeasuredTime() {
    RunStats run = new RunStats("streaming");
    run.bill(RunStats.Billing.job(ExecutionMode.STREAMING, 1));

    assertThatThrownBy(() -> cost.of(flow, List.of(run)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "streaming: a replication reported no measured time, so its cost cannot be scaled");
  }

  private static Map<NodeId, BigDecimal> nodes(Object... pairs) {
    Map<NodeId, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((NodeId) pairs[i], new BigDecimal((String) pairs[i + 1]));
    }
    return map;
  }
}

package dev.napkin.simulator.result;

import static dev.napkin.simulator.testing.TestFlows.DASHBOARD;
import static dev.napkin.simulator.testing.TestFlows.SESSIONIZE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.cost.MonthlyCost;
import dev.napkin.simulator.cost.ResolvedPrices;
import dev.napkin.simulator.testing.TestFlows;
import dev.napkin.simulator.testing.TestStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationResultTest {
  private final Flow flow = TestFlows.clickstream();
  private final ResolvedPrices prices = ResolvedPrices.resolve(flow.cost(), Prices.bundled());
  private final ModeResultAssembler assembler = new ModeResultAssembler(new MonthlyCost(prices));

  private ModeResult mode(String name, long seconds, ExecutionMode billed, int vcpus) {
    return assembler.assemble(
        flow,
        name,
        List.of(
            TestStats.mode(name)
                .latency(DASHBOARD, seconds, 10)
                .completeness(DASHBOARD, 100, 100)
                .vcpus(SESSIONIZE, billed, vcpus)
                .build()));
  }

  @Test
  void aRelaxedSlaIsJudgedAgainAndChangesTheRecommendationWithoutSimulating() {
    SimulationResult result =
        SimulationResult.of(
            flow,
            flow.simulation(),
            prices,
            List.of(
                mode("batch", 3600, ExecutionMode.BATCH, 1),
                mode("streaming", 63, ExecutionMode.STREAMING, 4)),
            List.of());

    SimulationResult relaxed = result.withSla(DASHBOARD, Sla.of(Duration.ofHours(2), 99));

    assertThat(result.recommendation().orElseThrow().mode()).isEqualTo("streaming");
    assertThat(relaxed.recommendation().orElseThrow().mode()).isEqualTo("batch");
    assertThat(relaxed.mode("batch").orElseThrow().sinks().get(0).slaMet()).isTrue();
    assertThat(relaxed.modes())
        .extracting(ModeResult::costPerMonthUsd)
        .isEqualTo(result.modes().stream().map(ModeResult::costPerMonthUsd).toList());
  }
}

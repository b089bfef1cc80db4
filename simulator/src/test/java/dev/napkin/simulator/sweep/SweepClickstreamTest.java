package dev.napkin.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.run.Simulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped clickstream example, swept with real simulators over a short horizon (20 min, 5 min
 * warm-up, one replication) and a small grid so the suite stays fast.
 */
class SweepClickstreamTest {
  private static final Duration HORIZON = Duration.ofMinutes(20);
  private static final NodeId DASHBOARD = NodeId.of("dashboard");

  private static Flow flow;
  private static SimulationSettings settings;
  private static SweepResult result;

  @BeforeAll
  static void sweep() {
    flow = SweepFixtures.clickstream();
    settings = SweepFixtures.shortRun(flow, HORIZON);
    // 1, 3 and 8 workers for sessionize (8 is the example's own).
    SweepGrid grid =
        new SweepGrid(
            Map.of(
                "batch",
                List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2)),
                "micro-batch",
                List.of(Duration.ofSeconds(15))),
            List.of(0.125, 0.375, 1.0));
    result =
        new Sweep()
            .run(new SweepRequest(SweepFixtures.base(flow, settings), grid), RunControl.none());
  }

  @Test
  void theFrontierHasAtLeastFivePointsOverAtLeastTwoModes() {
    List<SweepPoint> frontier = result.frontierBySink().get(DASHBOARD);

    assertThat(result.points()).hasSize(12);
    assertThat(frontier).hasSizeGreaterThanOrEqualTo(5);
    assertThat(frontier.stream().map(SweepPoint::mode).distinct().count())
        .isGreaterThanOrEqualTo(2);
    assertThat(frontier).allMatch(SweepPoint::stable);
  }

  @Test
  void theCheapestPointMeetingTheSlaMeetsItWhenSimulatedOnItsOwnAndCostsLessThanTheSpec() {
    SweepPoint cheapest = result.cheapestMeetingAll().orElseThrow();

    SimulationRequest alone =
        SweepFixtures.base(cheapest.configured(), settings).modes().stream()
            .filter(m -> m.name().equals(cheapest.mode()))
            .findFirst()
            .map(
                m ->
                    new SimulationRequest(
                        cheapest.configured(),
                        settings,
                        Map.of(),
                        List.of(m),
                        SweepFixtures.base(flow, settings).prices()))
            .orElseThrow();
    ModeResult own = new Simulator(1).run(alone, RunControl.none()).modes().get(0);

    assertThat(own.meetsAllSlas()).isTrue();
    assertThat(own.costPerMonthUsd()).isEqualByComparingTo(cheapest.costPerMonthUsd());
    assertThat(cheapest.costPerMonthUsd()).isLessThan(asDesignedCost(flow));
    assertThat(cheapest.mode()).isEqualTo("micro-batch");
    assertThat(cheapest.configured().transforms().mapToInt(t -> t.parallelism()).sum())
        .isEqualTo(1);
  }

  /** The flow as its spec has it (streaming, 8 workers), simulated with the same settings. */
  private static java.math.BigDecimal asDesignedCost(Flow designed) {
    SimulationRequest base = SweepFixtures.base(designed, settings);
    SimulationRequest streaming =
        new SimulationRequest(
            designed,
            settings,
            Map.of(),
            base.modes().stream().filter(m -> m.name().equals("streaming")).toList(),
            base.prices());
    return new Simulator(1).run(streaming, RunControl.none()).modes().get(0).costPerMonthUsd();
  }

  @Test
  void onAGenerousClickstreamTheSweepFindsACheaperConfigurationThatMeetsTheSla() {
    Flow generous = SweepFixtures.generousClickstream();
    SimulationRequest base =
        SweepFixtures.base(generous, SweepFixtures.shortRun(generous, HORIZON));
    SimulationRequest asDesigned =
        new SimulationRequest(
            generous,
            base.settings(),
            Map.of(),
            base.modes().stream().filter(m -> m.name().equals("streaming")).toList(),
            base.prices());
    ModeResult own = new Simulator(1).run(asDesigned, RunControl.none()).modes().get(0);
    double least = SweepGrid.leastScale(generous, Map.of(), HORIZON);
    SweepGrid grid =
        new SweepGrid(
            Map.of(
                "micro-batch", List.of(Duration.ofSeconds(30)),
                "streaming", List.of(Duration.ofMinutes(1))),
            List.of(least, 0.25));

    SweepResult swept = new Sweep().run(new SweepRequest(base, grid), RunControl.none());
    SweepPoint cheapest = swept.cheapestMeetingAll().orElseThrow();

    assertThat(least).isEqualTo(1.0 / 32);
    assertThat(own.meetsAllSlas()).isTrue();
    assertThat(cheapest.meetsAllSlas()).isTrue();
    assertThat(cheapest.costPerMonthUsd()).isLessThan(own.costPerMonthUsd());
    assertThat(cheapest.configured().transforms().mapToInt(t -> t.parallelism()).sum())
        .isLessThan(32);
  }
}

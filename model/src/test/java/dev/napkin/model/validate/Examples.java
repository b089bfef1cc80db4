package dev.napkin.model.validate;

import static dev.napkin.model.testing.Flows.edges;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Window;
import dev.napkin.model.testing.Flows;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Money;
import java.util.List;
import java.util.Map;

/** Flows the validator and lint tests share. */
final class Examples {
  private Examples() {}

  /** SPEC.md's example, valid and clean: clicks → sessionize → dashboard. */
  static Flow clickstream() {
    return Flows.flow(
        List.of(
            Flows.source(
                "clicks", new Distribution.LogNormal(Duration.ofSeconds(2), Duration.ofSeconds(8))),
            Flows.transform("sessionize")
                .op(dev.napkin.model.flow.Op.AGGREGATE)
                .window(Window.tumbling(Duration.ofMinutes(1), Duration.ofSeconds(30)))
                .keys(500)
                .parallelism(4)
                .build(),
            Flows.sink("dashboard", Sla.of(Duration.ofMinutes(2), 99))),
        edges("clicks>sessionize", "sessionize>dashboard"));
  }

  static SimulationSettings defaultSimulation() {
    return SimulationSettings.DEFAULTS;
  }

  static Flow withMonthlyCost(Flow flow, String node) {
    CostSettings cost =
        new CostSettings(
            CostSettings.NONE.vcpuHour(),
            CostSettings.ModePrices.NONE,
            CostSettings.ModePrices.NONE,
            CostSettings.ModePrices.NONE,
            Map.of(NodeId.of(node), Money.usd("150")));
    return new Flow(
        flow.name(),
        flow.description(),
        flow.defaultSla(),
        flow.nodes(),
        flow.edges(),
        flow.execution(),
        cost,
        flow.simulation(),
        flow.layout());
  }

  static Flow withDefaultSla(Flow flow, Sla sla) {
    return new Flow(
        flow.name(),
        flow.description(),
        sla,
        flow.nodes(),
        flow.edges(),
        flow.execution(),
        flow.cost(),
        flow.simulation(),
        flow.layout());
  }
}

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

  static dev.napkin.model.flow.Edge edge(dev.napkin.model.flow.NodeId from, String to) {
    return Flows.contracted(from.value(), to);
  }

  static dev.napkin.model.flow.Edge edge(String from, dev.napkin.model.flow.NodeId to) {
    return Flows.contracted(from, to.value());
  }

  static dev.napkin.model.flow.Edge edge(String from, String to) {
    return Flows.contracted(from, to);
  }

  static dev.napkin.model.flow.Edge edge(
      dev.napkin.model.flow.NodeId from, dev.napkin.model.flow.NodeId to) {
    return Flows.contracted(from.value(), to.value());
  }

  static dev.napkin.model.flow.Transform aggregateWithKeys(String id, long keys) {
    return Flows.transform(id)
        .op(dev.napkin.model.flow.Op.AGGREGATE)
        .window(Window.tumbling(Duration.ofMinutes(1), Duration.ZERO))
        .keys(keys)
        .build();
  }

  /** The default execution with one mode's trigger interval set to zero. */
  static dev.napkin.model.flow.Execution zeroInterval(String mode) {
    dev.napkin.model.flow.Execution d = dev.napkin.model.flow.Execution.DEFAULTS;
    return switch (mode) {
      case "batch" ->
          new dev.napkin.model.flow.Execution(
              d.mode(),
              new dev.napkin.model.flow.Execution.Batch(
                  Duration.ZERO, d.batch().startup(), d.batch().partition(), d.batch().grace()),
              d.microBatch(),
              d.streaming());
      case "microBatch" ->
          new dev.napkin.model.flow.Execution(
              d.mode(),
              d.batch(),
              new dev.napkin.model.flow.Execution.MicroBatch(
                  Duration.ZERO, d.microBatch().overhead(), d.microBatch().watermarkDelay()),
              d.streaming());
      default ->
          new dev.napkin.model.flow.Execution(
              d.mode(),
              d.batch(),
              d.microBatch(),
              new dev.napkin.model.flow.Execution.Streaming(
                  Duration.ZERO,
                  d.streaming().checkpointDuration(),
                  d.streaming().delivery(),
                  d.streaming().watermarkDelay(),
                  d.streaming().bufferTimeout()));
    };
  }
}

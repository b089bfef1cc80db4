package dev.napkin.simulator.testing;

import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Money;
import dev.napkin.model.unit.Rate;
import dev.napkin.model.unit.Ratio;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small flows built in code for the tests. */
public final class TestFlows {
  public static final NodeId CLICKS = NodeId.of("clicks");
  public static final NodeId SESSIONIZE = NodeId.of("sessionize");
  public static final NodeId DASHBOARD = NodeId.of("dashboard");

  private TestFlows() {}

  /**
   * clicks (2000/s) → sessionize (4 workers) → dashboard (SLA: p99 within 2 min, 95 % complete),
   * clicks costing 150 USD a month, simulated 1d after 1h warm-up, 5 replications, seed 42.
   */
  public static Flow clickstream() {
    return clickstream(ExecutionMode.STREAMING);
  }

  /** The clickstream flow with a streaming parse stage before a batch sessionize stage. */
  public static Flow hybrid() {
    Flow flow = clickstream(ExecutionMode.STREAMING);
    Transform parse = Transform.of("parse").withMode(Optional.of(ExecutionMode.STREAMING));
    Transform sessionize =
        Transform.of("sessionize").withParallelism(4).withMode(Optional.of(ExecutionMode.BATCH));
    return flow.withNodes(List.of(flow.nodes().get(0), parse, sessionize, flow.nodes().get(2)))
        .withEdges(
            List.of(
                Edge.of("clicks", "parse"),
                Edge.of("parse", "sessionize"),
                Edge.of("sessionize", "dashboard")));
  }

  public static Flow clickstream(ExecutionMode designed) {
    Sla sla =
        new Sla(
            Optional.of(Duration.ofMinutes(2)),
            Optional.of(99.0),
            Optional.of(Ratio.ofPercent("95")));
    Sink dashboard = new Sink(DASHBOARD, "dashboard", Optional.empty(), Duration.ofSeconds(2), sla);
    CostSettings cost =
        new CostSettings(
            Optional.empty(),
            CostSettings.ModePrices.NONE,
            CostSettings.ModePrices.NONE,
            CostSettings.ModePrices.NONE,
            Map.of(CLICKS, Money.usd("150")));
    return new Flow(
        "Clickstream sessions",
        Optional.empty(),
        Sla.NONE,
        List.of(
            Source.of("clicks", Rate.perSecond(2000)),
            Transform.of("sessionize").withParallelism(4),
            dashboard),
        List.of(Edge.of("clicks", "sessionize"), Edge.of("sessionize", "dashboard")),
        new Execution(
            designed,
            Execution.Batch.DEFAULTS,
            Execution.MicroBatch.DEFAULTS,
            Execution.Streaming.DEFAULTS),
        cost,
        new SimulationSettings(
            Duration.ofHours(24), Duration.ofHours(1), 5, 42, SimulationSettings.Fidelity.AUTO),
        Layout.EMPTY);
  }
}

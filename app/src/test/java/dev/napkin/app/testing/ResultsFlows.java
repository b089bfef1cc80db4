package dev.napkin.app.testing;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.List;
import java.util.Optional;

/** Flows small enough to simulate in every mode in well under a second, for results tests. */
public final class ResultsFlows {
  public static final NodeId PARSE = NodeId.of("parse");
  public static final NodeId DASHBOARD = NodeId.of("dashboard");

  private ResultsFlows() {}

  /**
   * clicks (100/s) → parse → dashboard (p95 ≤ 1 min): batch every 5 min misses it, micro-batch and
   * streaming meet it. 20 min simulated after 2 min, 2 replications.
   */
  public static Flow quick() {
    Sink dashboard =
        new Sink(
            DASHBOARD,
            "dashboard",
            Optional.empty(),
            Duration.ofSeconds(1),
            Sla.of(Duration.ofMinutes(1), 95));
    Flow flow =
        Flow.of(
            "Quick",
            List.of(Source.of("clicks", Rate.perSecond(100)), Transform.of("parse"), dashboard),
            List.of(Edge.of("clicks", "parse"), Edge.of("parse", "dashboard")));
    Execution execution = flow.execution();
    flow =
        flow.withExecution(
                new Execution(
                    execution.mode(),
                    execution.batch().withEvery(Duration.ofMinutes(5)),
                    execution.microBatch(),
                    execution.streaming()))
            .withSimulation(
                new SimulationSettings(
                    Duration.ofMinutes(20),
                    Duration.ofMinutes(2),
                    2,
                    7,
                    SimulationSettings.Fidelity.EXACT));
    return flow.withLayout(
        Layout.EMPTY
            .with(NodeId.of("clicks"), new Point(40, 100))
            .with(PARSE, new Point(300, 100))
            .with(DASHBOARD, new Point(560, 100)));
  }

  /** The same flow with a week simulated at 5,000 records/s (parse half busy): long to finish. */
  public static Flow slow() {
    Flow quick = quick();
    Source fast = Source.of("clicks", Rate.perSecond(5_000));
    return quick
        .withNodes(List.of(fast, quick.nodes().get(1), quick.nodes().get(2)))
        .withSimulation(quick.simulation().withHorizon(Duration.ofHours(168)));
  }
}

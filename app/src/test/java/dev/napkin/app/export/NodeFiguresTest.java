package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Ratio;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeFiguresTest {
  @Test
  void showsASlidingWindowParallelismAndTheNodesOwnMode() {
    Transform features =
        new Transform(
            NodeId.of("features"),
            "features",
            Optional.empty(),
            Op.AGGREGATE,
            Transform.DEFAULT_COST,
            Duration.ZERO,
            1.0,
            2,
            Optional.of(
                Window.sliding(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ZERO)),
            10,
            Optional.of(ExecutionMode.MICRO_BATCH));
    Flow flow = Flow.of("f", List.of(features), List.of());

    assertThat(NodeFigures.detail(flow, features))
        .isEqualTo("aggregate sliding 5m/1m ×2 · micro-batch");
    assertThat(NodeFigures.detail(flow, Transform.of("plain"))).isEqualTo("map ×1");
  }

  @Test
  void showsASinksSlaMergedOverTheDefault() {
    Sink sink =
        new Sink(
            NodeId.of("table"),
            "table",
            Optional.of("iceberg"),
            Duration.ZERO,
            new Sla(Optional.empty(), Optional.of(99.9), Optional.of(Ratio.ofPercent("99"))));
    Flow flow =
        new Flow(
            "f",
            Optional.empty(),
            Sla.of(Duration.ofMinutes(15), 95),
            List.of(sink),
            List.of(),
            dev.napkin.model.flow.Execution.DEFAULTS,
            dev.napkin.model.flow.CostSettings.NONE,
            dev.napkin.model.flow.SimulationSettings.DEFAULTS,
            dev.napkin.model.flow.Layout.EMPTY);

    assertThat(NodeFigures.detail(flow, sink)).isEqualTo("iceberg · p99.9 ≤ 15m, ≥ 99% complete");
  }

  @Test
  void saysSoWhenASinkHasNoTarget() {
    assertThat(NodeFigures.sla(Sla.NONE)).isEqualTo("no SLA");
    assertThat(
            NodeFigures.sla(
                new Sla(Optional.empty(), Optional.empty(), Optional.of(Ratio.ofPercent("95")))))
        .isEqualTo("≥ 95% complete");
  }
}

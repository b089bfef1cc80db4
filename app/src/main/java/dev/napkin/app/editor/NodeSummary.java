package dev.napkin.app.editor;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Decimals;
import java.math.BigDecimal;

/** The one line that says most about a node: a source's rate, a stage's work, a sink's SLA. */
public final class NodeSummary {
  private NodeSummary() {}

  public static String keyFigure(Flow flow, Node node) {
    if (node instanceof Source s) {
      return s.rate().toString();
    }
    if (node instanceof Transform t) {
      return work(t);
    }
    return sla(flow.effectiveSla((Sink) node));
  }

  private static String work(Transform t) {
    String what =
        t.window().map(w -> w.size() + " " + w.type().specName()).orElse(t.op().specName());
    return what + " · ×" + t.parallelism();
  }

  /** {@code p95 ≤ 5m}, {@code ≥ 99% complete}, or {@code no SLA}. */
  public static String sla(Sla sla) {
    if (!sla.hasTarget()) {
      return "no SLA";
    }
    String latency =
        sla.latency()
            .map(
                l ->
                    "p"
                        + Decimals.format(BigDecimal.valueOf(sla.percentileOrDefault()))
                        + " ≤ "
                        + l)
            .orElse("");
    String completeness = sla.completeness().map(c -> "≥ " + c + " complete").orElse("");
    return latency.isEmpty() || completeness.isEmpty()
        ? latency + completeness
        : latency + ", " + completeness;
  }
}

package dev.napkin.app.editor;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import java.util.Optional;

/**
 * What a node card shows, as plain values: title, subtitle, one key figure, the mode badge of a
 * transform (and whether the mode is the flow's default) and the SLA badge of a sink.
 */
public record CardContent(
    String title,
    String subtitle,
    String figure,
    Optional<ExecutionMode> mode,
    boolean modeInherited,
    Optional<String> sla) {

  public static final String NO_SLA = "no SLA";

  public static CardContent of(Flow flow, Node node) {
    String title = node.name();
    if (node instanceof Source s) {
      return new CardContent(
          title,
          node.tech().orElse("source"),
          s.rate() + " · " + s.recordSize(),
          Optional.empty(),
          false,
          Optional.empty());
    }
    if (node instanceof Transform t) {
      String subtitle = t.op().specName() + node.tech().map(x -> " · " + x).orElse("");
      return new CardContent(
          title,
          subtitle,
          work(t),
          Optional.of(flow.designedMode(t)),
          t.mode().isEmpty(),
          Optional.empty());
    }
    Sink k = (Sink) node;
    String subtitle =
        node.tech().orElse("sink") + (k.commit().isZero() ? "" : " · commit " + k.commit());
    return new CardContent(
        title, subtitle, "", Optional.empty(), false, Optional.of(badge(flow.effectiveSla(k))));
  }

  /** The SLA in a few characters: {@code p95 ≤ 5m · ≥95%}. */
  static String badge(dev.napkin.model.flow.Sla sla) {
    if (!sla.hasTarget()) {
      return NO_SLA;
    }
    String latency =
        sla.latency()
            .map(
                l ->
                    "p"
                        + dev.napkin.model.unit.Decimals.format(
                            java.math.BigDecimal.valueOf(sla.percentileOrDefault()))
                        + " ≤ "
                        + l)
            .orElse("");
    String completeness = sla.completeness().map(c -> "≥" + c).orElse("");
    return latency.isEmpty() || completeness.isEmpty()
        ? latency + completeness
        : latency + " · " + completeness;
  }

  private static String work(Transform t) {
    String what =
        t.window().map(w -> w.size() + " " + w.type().specName()).orElse(costPerRecord(t.cost()));
    return what + " · ×" + t.parallelism();
  }

  private static String costPerRecord(Distribution cost) {
    if (cost instanceof Distribution.Fixed f) {
      return f.value() + "/rec";
    }
    double mean = cost.meanSeconds();
    return Double.isFinite(mean) ? "~" + Duration.ofSeconds(mean) + "/rec" : cost.specName();
  }
}

package dev.napkin.app.export;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Decimals;
import java.util.ArrayList;
import java.util.List;

/**
 * The short text a diagram shows under a node's name: its tech and one key figure (a source's rate,
 * a transform's op, window and parallelism, a sink's SLA), e.g. {@code kafka · 2k/s}.
 */
public final class NodeFigures {
  static final String SEPARATOR = " · ";

  private NodeFigures() {}

  /** Tech and key figure, joined: {@code flink · aggregate tumbling 1m ×4}. */
  public static String detail(Flow flow, Node node) {
    List<String> parts = new ArrayList<>();
    node.tech().filter(t -> !t.isBlank()).ifPresent(parts::add);
    parts.add(keyFigure(flow, node));
    return String.join(SEPARATOR, parts);
  }

  public static String keyFigure(Flow flow, Node node) {
    if (node instanceof Source source) {
      return source.rate().toString();
    }
    if (node instanceof Transform transform) {
      return transform(transform);
    }
    return sla(flow.effectiveSla((Sink) node));
  }

  /** {@code aggregate sliding 5m/1m ×2}, plus the node's own mode when it sets one. */
  private static String transform(Transform transform) {
    StringBuilder out = new StringBuilder(transform.op().specName());
    transform.window().ifPresent(w -> out.append(' ').append(window(w)));
    out.append(" ×").append(transform.parallelism());
    transform.mode().ifPresent(m -> out.append(SEPARATOR).append(m.specName()));
    return out.toString();
  }

  private static String window(Window window) {
    String type = window.type().specName();
    return window.type() == Window.Type.SLIDING
        ? type + " " + window.size() + "/" + window.slide()
        : type + " " + window.size();
  }

  /** {@code p95 ≤ 5m}, {@code p99 ≤ 2s, ≥ 99% complete}, or {@code no SLA}. */
  public static String sla(Sla sla) {
    if (!sla.hasTarget()) {
      return "no SLA";
    }
    List<String> parts = new ArrayList<>();
    sla.latency()
        .ifPresent(
            latency ->
                parts.add("p" + Decimals.format(sla.percentileOrDefault(), 3) + " ≤ " + latency));
    sla.completeness().ifPresent(c -> parts.add("≥ " + c + " complete"));
    return String.join(", ", parts);
  }
}

package dev.napkin.app.export;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.NodeKind;

/**
 * A flow as a Graphviz digraph laid out left to right: sources as rounded boxes, transforms as
 * boxes, sinks as cylinders, with HTML-like labels (name in bold, then tech and key figure) and
 * edges labelled with their contract. The output depends only on the flow, in document order.
 */
public final class DotExporter {
  private static final String FONT = "Helvetica";

  private DotExporter() {}

  public static String export(Flow flow) {
    StringBuilder out = new StringBuilder();
    out.append("digraph ").append(quoted(flow.name())).append(" {\n");
    out.append("  graph [rankdir=LR, labelloc=t, fontname=\"")
        .append(FONT)
        .append("\", label=<<b>")
        .append(html(flow.name()))
        .append("</b>>];\n");
    out.append("  node [fontname=\"").append(FONT).append("\", fontsize=11, style=filled];\n");
    out.append("  edge [fontname=\"").append(FONT).append("\", fontsize=9];\n");
    for (Node node : flow.nodes()) {
      Palette.Colors colors = Palette.of(node.kind());
      out.append("  ")
          .append(id(node.id()))
          .append(" [")
          .append(shape(node.kind()))
          .append(", fillcolor=\"")
          .append(colors.fill())
          .append("\", color=\"")
          .append(colors.stroke())
          .append("\", fontcolor=\"")
          .append(colors.text())
          .append("\", label=<<b>")
          .append(html(node.name()))
          .append("</b><br/>")
          .append(html(NodeFigures.detail(flow, node)))
          .append(">];\n");
    }
    for (Edge edge : flow.edges()) {
      out.append("  ").append(id(edge.from())).append(" -> ").append(id(edge.to()));
      edge.contract().ifPresent(c -> out.append(" [label=<").append(html(c)).append(">]"));
      out.append(";\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static String shape(NodeKind kind) {
    return switch (kind) {
      case SOURCE -> "shape=box, style=\"rounded,filled\"";
      case TRANSFORM -> "shape=box";
      case SINK -> "shape=cylinder";
    };
  }

  private static String id(NodeId id) {
    return quoted(id.value());
  }

  /**
   * A DOT quoted string on one line. Backslashes are doubled so none can escape the closing quote.
   */
  static String quoted(String raw) {
    String oneLine = raw.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Text inside an HTML-like label: markup characters escaped, line breaks as {@code <br/>}. */
  static String html(String raw) {
    StringBuilder out = new StringBuilder();
    String normalized = raw.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("<br/>");
        case '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

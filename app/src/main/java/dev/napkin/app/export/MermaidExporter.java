package dev.napkin.app.export;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.NodeKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A flow as a Mermaid flowchart (left to right): sources as stadiums, transforms as rectangles,
 * sinks as cylinders, each labelled with name, tech and key figure; edges labelled with their
 * contract. The output depends only on the flow, in document order.
 */
public final class MermaidExporter {
  private MermaidExporter() {}

  public static String export(Flow flow) {
    Map<NodeId, String> ids = mermaidIds(flow);
    StringBuilder out = new StringBuilder();
    out.append("---\n")
        .append("title: \"")
        .append(yamlQuoted(flow.name()))
        .append("\"\n")
        .append("---\n")
        .append("flowchart LR\n");
    for (Node node : flow.nodes()) {
      String label = text(node.name()) + "<br/>" + text(NodeFigures.detail(flow, node));
      out.append("  ")
          .append(ids.get(node.id()))
          .append(shape(node.kind(), "\"" + label + "\""))
          .append(":::")
          .append(node.kind().specName())
          .append('\n');
    }
    for (Edge edge : flow.edges()) {
      out.append("  ").append(ids.get(edge.from())).append(" -->");
      edge.contract().ifPresent(c -> out.append("|\"").append(text(c)).append("\"|"));
      out.append(' ').append(ids.get(edge.to())).append('\n');
    }
    out.append("  classDef source ").append(style(NodeKind.SOURCE)).append('\n');
    out.append("  classDef transform ").append(style(NodeKind.TRANSFORM)).append('\n');
    out.append("  classDef sink ").append(style(NodeKind.SINK)).append('\n');
    return out.toString();
  }

  private static String shape(NodeKind kind, String label) {
    return switch (kind) {
      case SOURCE -> "([" + label + "])";
      case TRANSFORM -> "[" + label + "]";
      case SINK -> "[(" + label + ")]";
    };
  }

  private static String style(NodeKind kind) {
    Palette.Colors c = Palette.of(kind);
    return "fill:" + c.fill() + ",stroke:" + c.stroke() + ",color:" + c.text();
  }

  /**
   * Ids Mermaid cannot misread: prefixed (so {@code end} or a leading {@code o}/{@code x} never
   * clash with keywords and edge heads), hyphens made underscores, clashes numbered.
   */
  static Map<NodeId, String> mermaidIds(Flow flow) {
    Map<NodeId, String> ids = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (Node node : flow.nodes()) {
      String base = "n_" + node.id().value().replace('-', '_');
      String id = base;
      for (int k = 2; used.contains(id); k++) {
        id = base + "_" + k;
      }
      used.add(id);
      ids.put(node.id(), id);
    }
    return ids;
  }

  /**
   * Text inside a quoted label, with Mermaid's entity codes for characters it would read as syntax
   * or HTML, and line breaks as {@code <br/>}.
   */
  static String text(String raw) {
    StringBuilder out = new StringBuilder();
    String normalized = raw.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case '&' -> out.append("#38;");
        case '<' -> out.append("#60;");
        case '>' -> out.append("#62;");
        case '|' -> out.append("#124;");
        case '`' -> out.append("#96;");
        case '\\' -> out.append("#92;");
        case '\n' -> out.append("<br/>");
        case '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The inside of a YAML double-quoted scalar on one line (the front matter's title). */
  private static String yamlQuoted(String raw) {
    return raw.replace("\\", "\\\\")
        .replace("\"", "\\\"")
        .replace("\r\n", " ")
        .replace('\n', ' ')
        .replace('\r', ' ')
        .replace('\t', ' ');
  }
}

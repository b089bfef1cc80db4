package dev.napkin.app.report;

import dev.napkin.app.export.ExportFiles;
import dev.napkin.simulator.result.SimulationResult;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulation as a Markdown report for a design review: title, the flow's picture, the
 * recommendation, the comparison table, per sink a latency CDF and a cost-against-latency chart,
 * the assumptions and warnings. Pictures are SVG files in a folder beside the report, linked
 * relatively, so the report renders wherever the two are copied together.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * The report and its pictures; {@code folder} is the pictures' folder, relative to the report's
   * (e.g. {@code review-files} for {@code review.md}).
   */
  public static ExportFiles render(SimulationResult result, String folder) {
    Map<String, byte[]> pictures = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(inline(ReportContent.title(result))).append("\n\n");
    ReportContent.Picture flow = ReportContent.flowPicture(result);
    out.append(image(flow, folder)).append("\n\n");
    add(pictures, folder, flow);
    out.append("## Recommendation\n\n")
        .append(inline(ReportContent.recommendation(result)))
        .append("\n\n");
    out.append("## Comparison\n\n");
    row(out, ReportContent.HEADER);
    out.append('|').append(" --- |".repeat(ReportContent.HEADER.size())).append('\n');
    ReportContent.rows(result).forEach(r -> row(out, r));
    out.append('\n');
    List<ReportContent.SinkSection> sinks = ReportContent.sinks(result);
    if (!sinks.isEmpty()) {
      out.append("## Latency and cost by sink\n\n");
      for (ReportContent.SinkSection sink : sinks) {
        out.append("### ").append(inline(sink.title())).append("\n\n");
        out.append(image(sink.latency(), folder)).append("\n\n");
        out.append(image(sink.cost(), folder)).append("\n\n");
        add(pictures, folder, sink.latency());
        add(pictures, folder, sink.cost());
      }
    }
    out.append("## Assumptions\n\n");
    ReportContent.assumptions(result).forEach(a -> out.append("- ").append(inline(a)).append('\n'));
    out.append('\n');
    if (!result.warnings().isEmpty()) {
      out.append("## Warnings\n\n");
      result.warnings().forEach(w -> out.append("- ").append(inline(w)).append('\n'));
      out.append('\n');
    }
    out.append("---\n\n").append(inline(ReportContent.footer(result))).append('\n');
    return new ExportFiles(out.toString().getBytes(StandardCharsets.UTF_8), pictures);
  }

  private static void add(
      Map<String, byte[]> pictures, String folder, ReportContent.Picture picture) {
    pictures.put(
        folder + "/" + picture.file(), picture.drawing().svg().getBytes(StandardCharsets.UTF_8));
  }

  private static String image(ReportContent.Picture picture, String folder) {
    return "![" + inline(picture.alt()) + "](" + link(folder + "/" + picture.file()) + ")";
  }

  /** A relative link with spaces and other unsafe characters percent-encoded. */
  static String link(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(inline(cell).replace("|", "\\|")).append(" |");
    }
    out.append('\n');
  }

  /** Text that Markdown shows as written: markup characters escaped, one line. */
  static String inline(String raw) {
    StringBuilder out = new StringBuilder();
    String oneLine = raw.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    for (int i = 0; i < oneLine.length(); i++) {
      char c = oneLine.charAt(i);
      if ("\\`*_[]<>#!|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}

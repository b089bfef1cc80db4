package dev.napkin.app.report;

import dev.napkin.app.export.SvgCanvas;
import dev.napkin.simulator.result.SimulationResult;
import java.util.List;

/**
 * The Markdown report's content as one self-contained HTML page: the pictures inline as SVG, a
 * little CSS in the head, nothing loaded from elsewhere. Verdicts are colored with the status
 * colors (met, missed, unstable).
 */
public final class HtmlReport implements Report {
  private static final String CSS =
      """
      body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; color: #24292f;
             max-width: 980px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
      h1 { font-size: 1.6em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #d0d7de; }
      figure { margin: 1em 0; } svg { max-width: 100%; height: auto; }
      table { border-collapse: collapse; font-size: 0.92em; }
      th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; }
      th { background: #f6f8fa; } td.num { text-align: right; }
      .met { color: #1a7f37; } .missed { color: #d1242f; }
      footer { margin-top: 2em; color: #57606a; font-size: 0.9em; }
      """;

  @Override
  public String render(SimulationResult result) {
    StringBuilder out = new StringBuilder();
    String title = ReportContent.title(result);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(text(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(text(title))
        .append("</h1>\n");
    figure(out, ReportContent.flowPicture(result));
    out.append("<h2>Recommendation</h2>\n<p>")
        .append(text(ReportContent.recommendation(result)))
        .append("</p>\n");
    out.append("<h2>Comparison</h2>\n<table>\n<thead><tr>");
    ReportContent.HEADER.forEach(h -> out.append("<th>").append(text(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : ReportContent.rows(result)) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String css = verdictClass(cell);
        out.append(
                i >= 2 && i <= 4 || i == 8
                    ? "<td class=\"num\">"
                    : css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">")
            .append(text(cell))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    List<ReportContent.SinkSection> sinks = ReportContent.sinks(result);
    if (!sinks.isEmpty()) {
      out.append("<h2>Latency and cost by sink</h2>\n");
      for (ReportContent.SinkSection sink : sinks) {
        out.append("<h3>").append(text(sink.title())).append("</h3>\n");
        figure(out, sink.latency());
        figure(out, sink.cost());
      }
    }
    out.append("<h2>Assumptions</h2>\n<ul>\n");
    ReportContent.assumptions(result)
        .forEach(a -> out.append("<li>").append(text(a)).append("</li>\n"));
    out.append("</ul>\n");
    if (!result.warnings().isEmpty()) {
      out.append("<h2>Warnings</h2>\n<ul>\n");
      result.warnings().forEach(w -> out.append("<li>").append(text(w)).append("</li>\n"));
      out.append("</ul>\n");
    }
    out.append("<footer>")
        .append(text(ReportContent.footer(result)))
        .append("</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  /** Status colors for verdict cells: a ✗ or UNSTABLE reads as missed, a ✓ or stable as met. */
  private static String verdictClass(String cell) {
    if (cell.contains("✗") || cell.startsWith("UNSTABLE")) {
      return "missed";
    }
    return cell.contains("✓") || cell.startsWith("stable") ? "met" : "";
  }

  private static void figure(StringBuilder out, ReportContent.Picture picture) {
    String svg = picture.drawing().svg();
    // Inline SVG is part of the HTML document: no XML declaration, and ids made unique in the
    // page by the picture's name (two charts both have a "cdf-streaming" curve).
    String prefix = picture.file().replace(".svg", "") + "-";
    String element = svg.substring(svg.indexOf("<svg")).replace(" id=\"", " id=\"" + prefix);
    out.append("<figure role=\"img\" aria-label=\"")
        .append(text(picture.alt()))
        .append("\">\n")
        .append(element)
        .append("</figure>\n");
  }

  private static String text(String raw) {
    return SvgCanvas.escape(raw);
  }
}

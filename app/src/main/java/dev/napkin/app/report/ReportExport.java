package dev.napkin.app.report;

import dev.napkin.app.export.ExportFiles;
import dev.napkin.app.export.ExportFormat;
import dev.napkin.simulator.result.SimulationResult;

/** The report formats of {@code napkin export} and the Export menu, from a simulation's result. */
public final class ReportExport {
  private ReportExport() {}

  /**
   * The files a report format writes for a result; {@code fileName} is the report's own file name
   * (a Markdown report keeps its pictures in a folder named after it: {@code review.md} → {@code
   * review-files/}).
   */
  public static ExportFiles files(ExportFormat format, SimulationResult result, String fileName) {
    return switch (format) {
      case MARKDOWN -> MarkdownReport.render(result, picturesFolder(fileName));
      case HTML -> ExportFiles.of(new HtmlReport().render(result));
      case CSV -> ExportFiles.of(new CsvReport().render(result));
      default -> throw new IllegalArgumentException(format + " is not a report format");
    };
  }

  /** {@code review.md} → {@code review-files}. */
  public static String picturesFolder(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    return base + "-files";
  }
}

package dev.napkin.app.export;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.SpecFormat;
import dev.napkin.model.spec.SpecWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** What {@code napkin export --to} and the app's Export menu can produce from a flow. */
public enum ExportFormat {
  YAML(flow -> SpecWriter.write(flow, SpecFormat.YAML)),
  JSON(flow -> SpecWriter.write(flow, SpecFormat.JSON)),
  MERMAID(MermaidExporter::export),
  DOT(DotExporter::export),
  SVG(flow -> FlowDrawing.of(flow).svg()),
  PNG(Output.PICTURE, "png"),
  OPENLINEAGE(OpenLineageExporter::export),
  MARKDOWN(Output.REPORT, "md"),
  HTML(Output.REPORT, "html"),
  CSV(Output.REPORT, "csv");

  /** The scale {@code --scale} defaults to: sharp on high-density screens. */
  public static final double DEFAULT_SCALE = 2;

  /** What a format makes: text from the flow, a picture of it, or a report of a simulation. */
  public enum Output {
    TEXT,
    PICTURE,
    REPORT
  }

  private final Function<Flow, String> text;
  private final Output output;
  private final String extension;

  ExportFormat(Function<Flow, String> text) {
    this.text = text;
    this.output = Output.TEXT;
    this.extension = null;
  }

  ExportFormat(Output output, String extension) {
    this.text = null;
    this.output = output;
    this.extension = extension;
  }

  public static Optional<ExportFormat> parse(String name) {
    return Arrays.stream(values()).filter(f -> f.toString().equals(name)).findFirst();
  }

  /** Whether this build can produce the format yet. */
  public boolean available() {
    return output != Output.TEXT || text != null;
  }

  public Output output() {
    return output;
  }

  /** Reports show a simulation's results: the flow must be simulated first. */
  public boolean needsSimulation() {
    return output == Output.REPORT;
  }

  /** The flow in this format; only for available text formats. */
  public String render(Flow flow) {
    if (text == null) {
      throw new UnsupportedOperationException(this + " is not a text export of a flow");
    }
    return text.apply(flow);
  }

  /**
   * The file this format writes for a flow ({@code scale} sizes a PNG); not for reports, which need
   * a simulation (see {@code dev.napkin.app.report.ReportExport}).
   */
  public ExportFiles files(Flow flow, double scale) {
    return switch (output) {
      case TEXT -> ExportFiles.of(render(flow).getBytes(StandardCharsets.UTF_8));
      case PICTURE -> ExportFiles.of(FlowDrawing.of(flow).png(scale));
      case REPORT ->
          throw new UnsupportedOperationException(this + " reports a simulation, not a flow");
    };
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    if (extension != null) {
      return extension;
    }
    return switch (this) {
      case MERMAID -> "mmd";
      case OPENLINEAGE -> "jsonl";
      default -> toString();
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

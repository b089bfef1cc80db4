package dev.napkin.app.export;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.SpecFormat;
import dev.napkin.model.spec.SpecWriter;
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
  SVG(null),
  PNG(null),
  OPENLINEAGE(OpenLineageExporter::export),
  MARKDOWN(null),
  HTML(null),
  CSV(null);

  private final Function<Flow, String> text;

  ExportFormat(Function<Flow, String> text) {
    this.text = text;
  }

  public static Optional<ExportFormat> parse(String name) {
    return Arrays.stream(values()).filter(f -> f.toString().equals(name)).findFirst();
  }

  /** Whether this build can produce the format yet. */
  public boolean available() {
    return text != null;
  }

  /** The flow in this format; only for available formats. */
  public String render(Flow flow) {
    if (text == null) {
      throw new UnsupportedOperationException(this + " export is not yet available");
    }
    return text.apply(flow);
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package dev.napkin.model.spec;

import dev.napkin.model.flow.Flow;
import java.util.List;

/**
 * Writes a flow in canonical form: keys in SPEC.md's order, nodes and edges in document order,
 * values in canonical unit form, defaults left out, {@code layout} last. The same flow always gives
 * the same bytes, and moving a node changes only {@code layout}.
 */
public final class SpecWriter {
  private SpecWriter() {}

  /**
   * The spec text; UTF-8 when saved, lines ending in {@code \n}.
   *
   * @throws IllegalArgumentException when a number is not finite (NaN cannot be written)
   */
  public static String write(Flow flow, SpecFormat format) {
    Out.MapOut document = document(flow);
    return format == SpecFormat.YAML ? YamlEmitter.emit(document) : JsonEmitter.emit(document);
  }

  private static Out.MapOut document(Flow flow) {
    Out.Builder doc = Out.map().number("napkin", Flow.FORMAT).text("name", flow.name());
    flow.description().ifPresent(text -> doc.text("description", text));
    if (!flow.defaultSla().isEmpty()) {
      doc.put("defaults", Out.map().put("sla", NodeWriter.sla(flow.defaultSla())).block());
    }
    doc.put("nodes", new Out.ListOut(flow.nodes().stream().map(NodeWriter::node).toList(), false));
    if (!flow.edges().isEmpty()) {
      List<Out> edges = flow.edges().stream().map(NodeWriter::edge).toList();
      doc.put("edges", new Out.ListOut(edges, false));
    }
    SettingsWriter.execution(flow.execution()).ifPresent(out -> doc.put("execution", out));
    SettingsWriter.cost(flow.cost(), flow.nodes()).ifPresent(out -> doc.put("cost", out));
    SettingsWriter.simulation(flow.simulation()).ifPresent(out -> doc.put("simulation", out));
    SettingsWriter.layout(flow.layout(), flow.nodes()).ifPresent(out -> doc.put("layout", out));
    return doc.block();
  }
}

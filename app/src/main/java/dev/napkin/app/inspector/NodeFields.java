package dev.napkin.app.inspector;

import dev.napkin.app.command.ChangeFlowSettings;
import dev.napkin.app.command.Command;
import dev.napkin.app.command.FlowSettings;
import dev.napkin.app.command.ReplaceNode;
import dev.napkin.app.editor.Nodes;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The inspector's fields for one node: what every node has, then what its kind adds. */
final class NodeFields {
  static final String GENERAL = "General";
  static final String WORKLOAD = "Workload";
  static final String PROCESSING = "Processing";
  static final String SLA = "SLA";
  static final String EXECUTION = "Execution";
  static final String COST = "Cost";

  private NodeFields() {}

  static List<Field> of(Flow flow, Node node) {
    List<Field> fields = new ArrayList<>();
    fields.add(
        Field.readOnly(
            GENERAL, "Id", "Stable identifier used by edges and the spec", node.id().value()));
    fields.add(
        Field.text(
            GENERAL,
            "Name",
            "Display name (free text)",
            node.name(),
            text -> {
              if (text.isBlank()) {
                throw new IllegalArgumentException("a name cannot be empty");
              }
              return replace(node, "Rename " + node.id(), Nodes.withName(node, text.strip()));
            }));
    fields.add(
        Field.readOnly(GENERAL, "Kind", "Source, transform or sink", node.kind().specName()));
    fields.add(
        Field.text(
            GENERAL,
            "Technology",
            "Label and icon: kafka, cdc, druid, … (free text)",
            node.tech().orElse(""),
            text ->
                replace(
                    node,
                    "Set technology of " + node.id(),
                    Nodes.withTech(node, Inputs.optionalText(text)))));
    if (node instanceof Source s) {
      fields.addAll(SourceFields.of(s));
    } else if (node instanceof Transform t) {
      fields.addAll(TransformFields.of(flow, t));
    } else {
      fields.addAll(SinkFields.of(flow, (Sink) node));
    }
    fields.add(monthlyCost(flow, node));
    return fields;
  }

  static Command replace(Node before, String label, Node after) {
    return new ReplaceNode(label, before, after);
  }

  /** A text field whose new value rebuilds the node; the label names the field and the node. */
  static <N extends Node> Field edit(
      String category, String name, String help, N node, String text, Function<String, N> rebuild) {
    return Field.text(
        category,
        name,
        help,
        text,
        input ->
            replace(
                node,
                "Set " + name.toLowerCase(java.util.Locale.ROOT) + " of " + node.id(),
                rebuild.apply(input)));
  }

  static <N extends Node> Field pick(
      String category,
      String name,
      String help,
      N node,
      String text,
      List<String> choices,
      Function<String, N> rebuild) {
    return Field.choice(
        category,
        name,
        help,
        text,
        choices,
        input ->
            replace(
                node,
                "Set " + name.toLowerCase(java.util.Locale.ROOT) + " of " + node.id(),
                rebuild.apply(input)));
  }

  private static Field monthlyCost(Flow flow, Node node) {
    Money current = flow.cost().monthly().get(node.id());
    return Field.text(
        COST,
        "Monthly cost",
        "Fixed cost per month of this node (brokers, warehouses), e.g. 150 USD; blank for none",
        current == null ? "" : current.toString(),
        text -> {
          Map<dev.napkin.model.flow.NodeId, Money> monthly =
              new LinkedHashMap<>(flow.cost().monthly());
          if (text.isBlank()) {
            monthly.remove(node.id());
          } else {
            monthly.put(node.id(), Money.parse(text));
          }
          FlowSettings before = FlowSettings.of(flow);
          FlowSettings after = before.withCost(flow.cost().withMonthly(monthly));
          return new ChangeFlowSettings("Set monthly cost of " + node.id(), before, after);
        });
  }
}

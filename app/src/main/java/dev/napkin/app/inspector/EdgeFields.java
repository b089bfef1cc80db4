package dev.napkin.app.inspector;

import dev.napkin.app.command.ReplaceEdge;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.unit.Duration;
import java.util.List;

/** An edge's ends (fixed) and its contract and transport delay. */
final class EdgeFields {
  private EdgeFields() {}

  static List<Field> of(Edge e) {
    return List.of(
        Field.readOnly(NodeFields.GENERAL, "From", "Upstream node", e.from().value()),
        Field.readOnly(NodeFields.GENERAL, "To", "Downstream node", e.to().value()),
        Field.text(
            NodeFields.GENERAL,
            "Contract",
            "Schema contract, e.g. clicks@3; blank for none",
            e.contract().orElse(""),
            t ->
                new ReplaceEdge(
                    "Set contract of " + e.key(),
                    e,
                    new Edge(e.from(), e.to(), Inputs.optionalText(t), e.transport()))),
        Field.text(
            NodeFields.PROCESSING,
            "Transport",
            "Delay between the two stages, e.g. 5ms",
            e.transport().toString(),
            t ->
                new ReplaceEdge(
                    "Set transport of " + e.key(),
                    e,
                    new Edge(e.from(), e.to(), e.contract(), Duration.parse(t)))));
  }
}

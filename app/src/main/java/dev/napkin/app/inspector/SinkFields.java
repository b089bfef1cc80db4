package dev.napkin.app.inspector;

import static dev.napkin.app.inspector.NodeFields.GENERAL;
import static dev.napkin.app.inspector.NodeFields.SLA;

import dev.napkin.app.export.NodeFigures;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.unit.Duration;
import java.util.List;
import java.util.Optional;

/** A sink's commit time and its SLA; blank SLA fields fall back to the flow's default SLA. */
final class SinkFields {
  private SinkFields() {}

  static List<Field> of(Flow flow, Sink k) {
    Sla own = k.sla();
    Sla effective = flow.effectiveSla(k);
    String inherit = " (blank: the flow's default, now " + NodeFigures.sla(flow.defaultSla()) + ")";
    return List.of(
        NodeFields.edit(
            GENERAL,
            "Commit",
            "Time for a write to become visible",
            k,
            k.commit().toString(),
            t -> new Sink(k.id(), k.name(), k.tech(), Duration.parse(t), k.sla())),
        NodeFields.edit(
            SLA,
            "Latency",
            "Latency target, e.g. 5m" + inherit,
            k,
            own.latency().map(Duration::toString).orElse(""),
            t ->
                withSla(
                    k, new Sla(Inputs.optionalDuration(t), own.percentile(), own.completeness()))),
        NodeFields.edit(
            SLA,
            "Percentile",
            "Which percentile must meet the target, e.g. 95" + inherit,
            k,
            own.percentile().map(Inputs::plain).orElse(""),
            t ->
                withSla(
                    k,
                    new Sla(
                        own.latency(),
                        t.isBlank() ? Optional.empty() : Optional.of(Inputs.percentile(t)),
                        own.completeness()))),
        NodeFields.edit(
            SLA,
            "Completeness",
            "Share of records in their first result, e.g. 95%" + inherit,
            k,
            own.completeness().map(Object::toString).orElse(""),
            t -> withSla(k, new Sla(own.latency(), own.percentile(), Inputs.optionalRatio(t)))),
        Field.readOnly(
            SLA,
            "Effective SLA",
            "This sink's SLA merged over the flow's default",
            NodeFigures.sla(effective)));
  }

  private static Sink withSla(Sink k, Sla sla) {
    return new Sink(k.id(), k.name(), k.tech(), k.commit(), sla);
  }
}

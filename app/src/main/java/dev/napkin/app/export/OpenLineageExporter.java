package dev.napkin.app.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.napkin.app.export.LineageNames.Dataset;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Transform;
import io.openlineage.client.OpenLineage;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.introspect.DefaultAccessorNamingStrategy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flow as design-time OpenLineage {@code JobEvent}s, one per transform in document order, as
 * JSON Lines (one event a line): what OpenLineage consumers ingest. The events are built with the
 * OpenLineage client's typed model and written with our Jackson; the output depends on the flow
 * alone, so the same flow always gives the same bytes. See docs/exports-openlineage.md.
 */
public final class OpenLineageExporter {
  /** Identifies Napkin as the producer; no version, so exports do not change with releases. */
  public static final URI PRODUCER = URI.create("https://napkin.dev/napkin");

  /**
   * A design is not a run and has no time of its own; a fixed instant (the Unix epoch) keeps the
   * export deterministic and is plainly not the time of a real run.
   */
  public static final ZonedDateTime EVENT_TIME =
      ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  /** The {@code jobType} facet's integration and job type for every event. */
  public static final String INTEGRATION = "NAPKIN";

  public static final String JOB_TYPE = "TRANSFORM";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          // The client's facets expose get_producer(): Jackson 3 ignores such getters by default.
          .accessorNaming(
              new DefaultAccessorNamingStrategy.Provider().withFirstCharAcceptance(true, true))
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final OpenLineage OL = new OpenLineage(PRODUCER);

  private final Flow flow;
  private final LineageNames names;

  private OpenLineageExporter(Flow flow) {
    this.flow = flow;
    this.names = new LineageNames(flow);
  }

  /** One JSON object a line, each ending in a newline; empty when the flow has no transform. */
  public static String export(Flow flow) {
    return events(flow).stream()
        .map(event -> JSON.writeValueAsString(event) + "\n")
        .collect(Collectors.joining());
  }

  /** The events, one per transform in document order. */
  public static List<OpenLineage.JobEvent> events(Flow flow) {
    OpenLineageExporter exporter = new OpenLineageExporter(flow);
    return flow.transforms().map(exporter::event).toList();
  }

  /** BATCH for batch, STREAMING for micro-batch and streaming (both run continuously). */
  static String processingType(ExecutionMode mode) {
    return mode == ExecutionMode.BATCH ? "BATCH" : "STREAMING";
  }

  private OpenLineage.JobEvent event(Transform transform) {
    return OL.newJobEventBuilder()
        .eventTime(EVENT_TIME)
        .job(job(transform))
        .inputs(inputs(transform))
        .outputs(outputs(transform))
        .build();
  }

  private OpenLineage.Job job(Transform transform) {
    ExecutionMode mode = flow.designedMode(transform);
    OpenLineage.JobFacets facets =
        OL.newJobFacetsBuilder()
            .jobType(
                OL.newJobTypeJobFacetBuilder()
                    .processingType(processingType(mode))
                    .integration(INTEGRATION)
                    .jobType(JOB_TYPE)
                    .build())
            .documentation(
                OL.newDocumentationJobFacetBuilder()
                    .description(description(transform, mode))
                    .contentType("text/plain")
                    .build())
            .build();
    return OL.newJobBuilder()
        .namespace(LineageNames.JOB_NAMESPACE)
        .name(names.jobName(transform))
        .facets(facets)
        .build();
  }

  /** Keeps what processingType cannot say: micro-batch, the op, the display name. */
  private String description(Transform transform, ExecutionMode mode) {
    return transform.name()
        + ": "
        + transform.op().specName()
        + " in \""
        + flow.name()
        + "\", designed to run "
        + mode.specName()
        + ".";
  }

  private List<OpenLineage.InputDataset> inputs(Transform transform) {
    return flow.edges().stream()
        .filter(edge -> edge.to().equals(transform.id()))
        .map(
            edge -> {
              Dataset dataset = datasetOf(edge, edge.from());
              return OL.newInputDatasetBuilder()
                  .namespace(dataset.namespace())
                  .name(dataset.name())
                  .facets(facets(edge, Optional.empty()))
                  .build();
            })
        .toList();
  }

  private List<OpenLineage.OutputDataset> outputs(Transform transform) {
    return flow.edges().stream()
        .filter(edge -> edge.from().equals(transform.id()))
        .map(
            edge -> {
              Dataset dataset = datasetOf(edge, edge.to());
              Optional<Sla> sla =
                  flow.node(edge.to())
                      .filter(Sink.class::isInstance)
                      .map(sink -> flow.effectiveSla((Sink) sink))
                      .filter(Sla::hasTarget);
              return OL.newOutputDatasetBuilder()
                  .namespace(dataset.namespace())
                  .name(dataset.name())
                  .facets(facets(edge, sla))
                  .build();
            })
        .toList();
  }

  /** The far end's own dataset for a source or sink; the edge's when it joins two transforms. */
  private Dataset datasetOf(Edge edge, NodeId farEnd) {
    Node node =
        flow.node(farEnd)
            .orElseThrow(
                () -> new IllegalArgumentException("edge names a node not in the flow: " + farEnd));
    return node instanceof Transform ? names.ofEdge(edge) : names.ofNode(node);
  }

  /** The edge's schema contract as documentation; a sink's SLA in our own facet. Null if none. */
  private OpenLineage.DatasetFacets facets(Edge edge, Optional<Sla> sla) {
    Optional<String> contract = edge.contract().map(String::strip).filter(c -> !c.isEmpty());
    if (contract.isEmpty() && sla.isEmpty()) {
      return null;
    }
    OpenLineage.DatasetFacetsBuilder facets = OL.newDatasetFacetsBuilder();
    contract.ifPresent(
        c ->
            facets.documentation(
                OL.newDocumentationDatasetFacetBuilder()
                    .description("Schema contract " + c)
                    .contentType("text/plain")
                    .build()));
    sla.ifPresent(
        s -> facets.put(NapkinSlaDatasetFacet.KEY, new NapkinSlaDatasetFacet(PRODUCER, s)));
    return facets.build();
  }
}

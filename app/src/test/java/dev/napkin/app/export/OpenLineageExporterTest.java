package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.spec.FlowFile;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Ratio;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenLineageExporterTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("napkin.examples"));
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Flow example(String name) {
    return FlowFile.load(EXAMPLES.resolve(name + ".yaml")).flow().orElseThrow();
  }

  private static List<JsonNode> events(Flow flow) {
    return OpenLineageExporter.export(flow).lines().map(JSON::readTree).toList();
  }

  private static List<String> datasets(JsonNode event, String side) {
    return StreamSupport.stream(event.path(side).spliterator(), false)
        .map(d -> d.path("namespace").asString() + " " + d.path("name").asString())
        .toList();
  }

  @Test
  void writesOneEventALineForEachTransformInDocumentOrder() {
    String text = OpenLineageExporter.export(example("orders-payments-join"));

    assertThat(text).endsWith("}\n");
    assertThat(text.lines().map(JSON::readTree).map(e -> e.path("job").path("name").asString()))
        .containsExactly("paid-orders-and-revenue.match", "paid-orders-and-revenue.revenue");
  }

  @Test
  void inputsAndOutputsFollowTheEdgesWithTransformToTransformDataNamedAfterItsEdge() {
    List<JsonNode> events = events(example("feature-store"));

    assertThat(events).hasSize(2);
    assertThat(datasets(events.get(0), "inputs"))
        .containsExactly("kafka://near-real-time-user-features events");
    assertThat(datasets(events.get(0), "outputs"))
        .containsExactly(
            "redis://near-real-time-user-features online",
            "napkin://near-real-time-user-features user_features.compact");
    assertThat(datasets(events.get(1), "inputs"))
        .containsExactly("napkin://near-real-time-user-features user_features.compact");
    assertThat(datasets(events.get(1), "outputs"))
        .containsExactly("s3://near-real-time-user-features offline");
  }

  @Test
  void handCheckedEventOfABatchStageWithItsContractsAndItsSinksSla() {
    JsonNode compact = events(example("feature-store")).get(1);

    String expected =
        """
        {"eventTime": "1970-01-01T00:00:00Z",
         "producer": "https://napkin.dev/napkin",
         "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent",
         "job": {"namespace": "napkin", "name": "near-real-time-user-features.compact",
           "facets": {
             "jobType": {"_producer": "https://napkin.dev/napkin",
               "_schemaURL": "https://openlineage.io/spec/facets/2-0-3/JobTypeJobFacet.json#/$defs/JobTypeJobFacet",
               "processingType": "BATCH", "integration": "NAPKIN", "jobType": "TRANSFORM"},
             "documentation": {"_producer": "https://napkin.dev/napkin",
               "_schemaURL": "https://openlineage.io/spec/facets/1-1-0/DocumentationJobFacet.json#/$defs/DocumentationJobFacet",
               "description": "Compact to Parquet: map in \\"Near-real-time user features\\", designed to run batch.",
               "contentType": "text/plain"}}},
         "inputs": [{"namespace": "napkin://near-real-time-user-features", "name": "user_features.compact",
           "facets": {"documentation": {"_producer": "https://napkin.dev/napkin",
             "_schemaURL": "https://openlineage.io/spec/facets/1-1-0/DocumentationDatasetFacet.json#/$defs/DocumentationDatasetFacet",
             "description": "Schema contract user_features@4", "contentType": "text/plain"}}}],
         "outputs": [{"namespace": "s3://near-real-time-user-features", "name": "offline",
           "facets": {
             "documentation": {"_producer": "https://napkin.dev/napkin",
               "_schemaURL": "https://openlineage.io/spec/facets/1-1-0/DocumentationDatasetFacet.json#/$defs/DocumentationDatasetFacet",
               "description": "Schema contract user_features@4", "contentType": "text/plain"},
             "napkin_sla": {"_producer": "https://napkin.dev/napkin",
               "_schemaURL": "https://napkin.dev/schema/napkin-sla-facet-1.schema.json#/$defs/NapkinSlaDatasetFacet",
               "latencySeconds": 7200, "percentile": 95}}}]}
        """;
    assertThat(compact).isEqualTo(JSON.readTree(expected));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"BATCH, BATCH", "MICRO_BATCH, STREAMING", "STREAMING, STREAMING"})
  void jobTypeIsBatchOnlyForBatchStages(ExecutionMode mode, String processingType) {
    Flow byStage = withStageMode(SmallFlows.clickstream(), Optional.of(mode));
    Flow byFlow =
        withStageMode(SmallFlows.clickstream(), Optional.empty())
            .withExecution(SmallFlows.clickstream().execution().withMode(mode));

    for (Flow flow : List.of(byStage, byFlow)) {
      JsonNode jobType = events(flow).get(0).path("job").path("facets").path("jobType");
      assertThat(jobType.path("processingType").asString()).isEqualTo(processingType);
      String description =
          events(flow)
              .get(0)
              .path("job")
              .path("facets")
              .path("documentation")
              .path("description")
              .asString();
      assertThat(description)
          .isEqualTo(
              "Sessions: aggregate in \"Clickstream\", designed to run " + mode.specName() + ".");
    }
  }

  @Test
  void slaFacetCarriesTheSinksSlaMergedOverTheDefaultsAndOnlyWhatIsSet() {
    Flow base = SmallFlows.clickstream();
    Sink dashboard =
        new Sink(
            dev.napkin.model.flow.NodeId.of("dashboard"),
            "Ops dashboard",
            Optional.of("druid"),
            Duration.ZERO,
            new Sla(Optional.of(Duration.ofMillis(1500)), Optional.empty(), Optional.empty()));
    Sla defaults = new Sla(Optional.empty(), Optional.of(99.9), Optional.of(Ratio.parse("99.5%")));
    Flow flow =
        new Flow(
            base.name(),
            base.description(),
            defaults,
            List.of(base.nodes().get(0), base.nodes().get(1), dashboard),
            base.edges(),
            base.execution(),
            base.cost(),
            base.simulation(),
            base.layout());

    JsonNode sla = events(flow).get(0).path("outputs").get(0).path("facets").path("napkin_sla");

    assertThat(sla)
        .isEqualTo(
            JSON.readTree(
                """
                {"_producer": "https://napkin.dev/napkin",
                 "_schemaURL": "https://napkin.dev/schema/napkin-sla-facet-1.schema.json#/$defs/NapkinSlaDatasetFacet",
                 "latencySeconds": 1.5, "percentile": 99.9, "completeness": 0.995}
                """));
  }

  @Test
  void datasetsWithoutContractOrSlaCarryNoFacets() {
    Flow flow =
        Flow.of(
            "Bare",
            List.of(
                SmallFlows.source("in", "In", null),
                Transform.of("t"),
                SmallFlows.sink("out", "Out")),
            List.of(Edge.of("in", "t"), Edge.of("t", "out")));

    JsonNode event = events(flow).get(0);

    assertThat(event.path("inputs").get(0))
        .isEqualTo(JSON.readTree("{\"namespace\": \"napkin://bare\", \"name\": \"in\"}"));
    assertThat(event.path("outputs").get(0))
        .isEqualTo(JSON.readTree("{\"namespace\": \"napkin://bare\", \"name\": \"out\"}"));
  }

  @Test
  void flowWithoutTransformsExportsNoEvents() {
    Flow flow =
        Flow.of(
            "Copy",
            List.of(SmallFlows.source("in", "In", "kafka"), SmallFlows.sink("out", "Out")),
            List.of(Edge.of("in", "out")));

    assertThat(OpenLineageExporter.export(flow)).isEmpty();
  }

  @Test
  void sameFlowGivesIdenticalBytesAndSoDoesItsCanonicalCopy() {
    Flow flow = example("lambda-architecture");
    Flow reread = example("lambda-architecture");

    String first = OpenLineageExporter.export(flow);

    assertThat(OpenLineageExporter.export(flow)).isEqualTo(first);
    assertThat(OpenLineageExporter.export(reread)).isEqualTo(first);
    assertThat(ExportFormat.OPENLINEAGE.render(flow)).isEqualTo(first);
  }

  private static Flow withStageMode(Flow flow, Optional<ExecutionMode> mode) {
    List<Node> nodes =
        flow.nodes().stream()
            .map(n -> n instanceof Transform t ? (Node) t.withMode(mode) : n)
            .toList();
    return flow.withNodes(nodes);
  }
}

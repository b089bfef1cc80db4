package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.FlowFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the OpenLineage export writes validates against OpenLineage's published schemas, and our SLA
 * facet against the schema we publish for it (assets/schema/napkin-sla-facet-1.schema.json).
 */
class OpenLineageSchemaTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("napkin.examples"));

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
      return examples.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyEventOfEveryExampleValidatesWithEachOfItsFacets(Path example) {
    OpenLineageSchemas schemas = OpenLineageSchemas.loadOrSkip();
    Flow flow = FlowFile.load(example).flow().orElseThrow();

    List<String> lines = OpenLineageExporter.export(flow).lines().toList();

    assertThat(lines).hasSize((int) flow.transforms().count());
    for (String line : lines) {
      assertThat(schemas.problems(line)).as(line).isEmpty();
    }
  }

  @Test
  void everyExampleCarriesAnSlaFacetSoOurSchemaIsExercised() throws IOException {
    long withSla =
        examples()
            .map(example -> FlowFile.load(example).flow().orElseThrow())
            .filter(flow -> OpenLineageExporter.export(flow).contains("\"napkin_sla\""))
            .count();

    assertThat(withSla).isEqualTo(examples().count());
  }

  @Test
  void slaFacetAsExportedValidatesAgainstOurSchema() {
    OpenLineageSchemas schemas = OpenLineageSchemas.loadOrSkip();
    String facets =
        """
        {"napkin_sla": {"_producer": "https://napkin.dev/napkin",
          "_schemaURL": "https://napkin.dev/schema/napkin-sla-facet-1.schema.json#/$defs/NapkinSlaDatasetFacet",
          "latencySeconds": 300, "percentile": 95, "completeness": 0.95}}
        """;

    assertThat(schemas.validateSlaFacets(facets)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "\"latencySeconds\": 300, \"percentile\": 100",
        "\"latencySeconds\": 300",
        "\"percentile\": 95",
        "\"completeness\": 1.5",
        "\"latencySeconds\": -1, \"percentile\": 95",
        "\"latencySeconds\": \"5m\", \"percentile\": 95",
        "\"unrelated\": 1"
      })
  void ourSchemaRejectsAnSlaFacetThatPromisesNothingOrNonsense(String fields) {
    OpenLineageSchemas schemas = OpenLineageSchemas.loadOrSkip();
    String facets =
        "{\"napkin_sla\": {\"_producer\": \"https://napkin.dev/napkin\", \"_schemaURL\":"
            + " \"https://napkin.dev/schema/napkin-sla-facet-1.schema.json#/$defs/NapkinSlaDatasetFacet\", "
            + fields
            + "}}";

    assertThat(schemas.validateSlaFacets(facets)).isNotEmpty();
  }

  @Test
  void ourSchemaRejectsAnSlaFacetWithoutItsProducer() {
    OpenLineageSchemas schemas = OpenLineageSchemas.loadOrSkip();

    assertThat(schemas.validateSlaFacets("{\"napkin_sla\": {\"completeness\": 0.9}}")).isNotEmpty();
  }

  @Test
  void openLineageSchemaRejectsAnEventWithoutItsJob() {
    OpenLineageSchemas schemas = OpenLineageSchemas.loadOrSkip();
    String line = OpenLineageExporter.export(SmallFlows.clickstream()).lines().findFirst().get();
    String withoutJob = line.replaceFirst("\"job\":\\{\"namespace\"", "\"jobb\":{\"namespace\"");

    assertThat(schemas.problems(withoutJob)).isNotEmpty();
  }

  @Test
  void facetsAreCheckedAgainstTheirOwnSchemas() {
    OpenLineageSchemas schemas = OpenLineageSchemas.loadOrSkip();
    String line = OpenLineageExporter.export(SmallFlows.clickstream()).lines().findFirst().get();
    String noDescription = line.replaceFirst("\"description\":\"Schema contract", "\"text\":\"");
    String unknownFacet = line.replaceFirst("\"jobType\":", "\"napkin_unknown\":");

    assertThat(noDescription).isNotEqualTo(line);
    assertThat(schemas.problems(noDescription)).singleElement().asString().contains("description");
    assertThat(schemas.problems(unknownFacet))
        .containsExactly("job facet napkin_unknown has no schema to check it against");
  }

  @Test
  void ourFacetSchemaIsAValidDraft202012Schema() {
    assertThat(OpenLineageSchemas.slaSchemaAgainstMetaSchema()).isEmpty();
  }

  @Test
  void ourFacetSchemaIsWhereTheExportedSchemaUrlPoints() {
    String schema = OpenLineageSchemas.slaSchemaText();

    assertThat(NapkinSlaDatasetFacet.SCHEMA_URL.toString())
        .isEqualTo(
            "https://napkin.dev/schema/napkin-sla-facet-1.schema.json#/$defs/NapkinSlaDatasetFacet");
    assertThat(schema)
        .contains("\"$id\": \"https://napkin.dev/schema/napkin-sla-facet-1.schema.json\"")
        .contains("\"NapkinSlaDatasetFacet\": {")
        .contains("\"napkin_sla\": {");
  }
}

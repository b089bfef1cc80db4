package dev.napkin.app.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenLineage's published JSON Schemas (from {@code ../shared/data/openlineage} beside the
 * checkout, see the app pom) plus our own SLA facet schema, loaded offline: every {@code $ref} to
 * openlineage.io resolves to a local file. Tests that need them skip, saying why, when the folder
 * is absent (a fresh clone).
 */
final class OpenLineageSchemas {
  static final String SLA_SCHEMA_RESOURCE = "/napkin/schema/napkin-sla-facet-1.schema.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Which schema file checks a facet, by where the facet sits and its key. */
  private static final Map<String, String> JOB_FACETS =
      Map.of("jobType", "JobTypeJobFacet.json", "documentation", "DocumentationJobFacet.json");

  private static final Map<String, String> DATASET_FACETS =
      Map.of(
          "documentation", "DocumentationDatasetFacet.json",
          "schema", "SchemaDatasetFacet.json",
          "datasetType", "DatasetTypeDatasetFacet.json");

  private final SchemaRegistry registry;
  private final Map<String, String> idsByFile;

  private OpenLineageSchemas(SchemaRegistry registry, Map<String, String> idsByFile) {
    this.registry = registry;
    this.idsByFile = idsByFile;
  }

  static Path folder() {
    return Path.of(System.getProperty("napkin.openlineageSchemas", "../../shared/data/openlineage"))
        .toAbsolutePath()
        .normalize();
  }

  /** The schemas, or the test is skipped with the reason. */
  static OpenLineageSchemas loadOrSkip() {
    Optional<OpenLineageSchemas> schemas = load(folder());
    assumeTrue(
        schemas.isPresent(),
        "OpenLineage's JSON Schemas are not at "
            + folder()
            + " (../shared/data/openlineage beside the checkout, present in CI); skipping"
            + " validation against them");
    return schemas.get();
  }

  static Optional<OpenLineageSchemas> load(Path folder) {
    if (!Files.isRegularFile(folder.resolve("OpenLineage.json"))) {
      return Optional.empty();
    }
    Map<String, String> textsById = new LinkedHashMap<>();
    Map<String, String> idsByFile = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String id = JSON.readTree(text).path("$id").asString();
        textsById.put(id, text);
        idsByFile.put(file.getFileName().toString(), id);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String sla = slaSchemaText();
    String slaId = JSON.readTree(sla).path("$id").asString();
    textsById.put(slaId, sla);
    idsByFile.put(NapkinSlaDatasetFacet.KEY, slaId);
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemas(textsById)
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    return Optional.of(new OpenLineageSchemas(registry, idsByFile));
  }

  static String slaSchemaText() {
    try (InputStream in = OpenLineageSchemas.class.getResourceAsStream(SLA_SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SLA_SCHEMA_RESOURCE + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Schema schema(String file) {
    String id = idsByFile.get(file);
    if (id == null) {
      throw new IllegalArgumentException("no schema " + file + " in " + idsByFile.keySet());
    }
    return registry.getSchema(SchemaLocation.of(id));
  }

  /** Our SLA facet schema, checking a {@code facets} object that holds {@code napkin_sla}. */
  List<Error> validateSlaFacets(String facetsJson) {
    return schema(NapkinSlaDatasetFacet.KEY).validate(facetsJson, InputFormat.JSON);
  }

  /**
   * Everything wrong with one event: against OpenLineage.json, then each facet against its own
   * schema. A facet no schema here knows is an error too, so a new facet cannot slip by unchecked.
   */
  List<String> problems(String eventJson) {
    List<String> problems = new ArrayList<>();
    schema("OpenLineage.json").validate(eventJson, InputFormat.JSON).stream()
        .map(Error::toString)
        .forEach(problems::add);
    JsonNode event = JSON.readTree(eventJson);
    checkFacets(event.path("job").path("facets"), JOB_FACETS, "job", problems);
    for (String side : List.of("inputs", "outputs")) {
      for (JsonNode dataset : event.path(side)) {
        checkFacets(dataset.path("facets"), DATASET_FACETS, side, problems);
      }
    }
    return problems;
  }

  private void checkFacets(
      JsonNode facets, Map<String, String> schemaFiles, String where, List<String> problems) {
    for (String key : facets.propertyNames()) {
      String file =
          key.equals(NapkinSlaDatasetFacet.KEY) && !where.equals("job")
              ? NapkinSlaDatasetFacet.KEY
              : schemaFiles.get(key);
      if (file == null) {
        problems.add(where + " facet " + key + " has no schema to check it against");
        continue;
      }
      JsonNode single = JSON.createObjectNode().set(key, facets.get(key));
      schema(file).validate(single).stream()
          .map(e -> where + " facet " + key + ": " + e)
          .forEach(problems::add);
    }
  }

  /** The meta-schema check: is our facet schema itself a valid draft 2020-12 schema? */
  static List<Error> slaSchemaAgainstMetaSchema() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    return meta.validate(slaSchemaText(), InputFormat.JSON);
  }
}

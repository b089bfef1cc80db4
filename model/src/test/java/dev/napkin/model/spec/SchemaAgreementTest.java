package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema (assets/schema/napkin-1.schema.json) and the reader agree: valid specs pass both;
 * specs the reader rejects for their content, the schema rejects too.
 */
class SchemaAgreementTest {
  private static final String SCHEMA = "/napkin/schema/napkin-1.schema.json";

  /** Problems a JSON Schema cannot see: the text itself, repeated keys, size and depth. */
  private static final Set<String> NOT_FOR_A_SCHEMA =
      Set.of(
          SpecCodes.SYNTAX,
          SpecCodes.DUPLICATE_KEY,
          SpecCodes.TOO_DEEP,
          SpecCodes.TOO_LARGE,
          SpecCodes.ALIAS_LIMIT);

  private static final Schema schema = load();

  private static Schema load() {
    try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(SCHEMA)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> schemaErrors(Path file) {
    InputFormat format = file.toString().endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
    return schema.validate(TestSpecs.text(file), format);
  }

  static Stream<Path> valid() {
    return TestSpecs.specs("valid").stream();
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = java.nio.file.Files.list(Path.of("../assets/examples"))) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(yaml).hasSizeGreaterThanOrEqualTo(8);
      return yaml.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyBundledExamplePassesTheReaderAndTheSchema(Path file) {
    assertThat(SpecReader.read(file).issues()).isEmpty();
    assertThat(schemaErrors(file)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void validSpecsPassTheReaderAndTheSchema(Path file) {
    assertThat(TestSpecs.read(file).issues()).isEmpty();
    assertThat(schemaErrors(file)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void canonicalOutputPassesTheSchema(Path file) {
    var flow = TestSpecs.read(file).flow().orElseThrow();
    for (SpecFormat format : SpecFormat.values()) {
      String text = SpecWriter.write(flow, format);
      InputFormat input = format == SpecFormat.JSON ? InputFormat.JSON : InputFormat.YAML;
      assertThat(schema.validate(text, input)).as(text).isEmpty();
    }
  }

  static Stream<Path> rejectedForContent() {
    return TestSpecs.specs("malformed").stream()
        .filter(
            file ->
                TestSpecs.read(file).issues().stream()
                    .noneMatch(issue -> NOT_FOR_A_SCHEMA.contains(issue.code())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedForContent")
  void specsTheReaderRejectsTheSchemaRejects(Path file) {
    assertThat(TestSpecs.read(file).hasErrors()).isTrue();
    assertThat(schemaErrors(file)).isNotEmpty();
  }

  @Test
  void mostOfTheMalformedCorpusIsCheckedAgainstTheSchema() {
    assertThat(rejectedForContent().count()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void schemaIsAValidDraft202012Schema() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    String text;
    try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(SCHEMA)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(meta.validate(text, InputFormat.JSON)).isEmpty();
  }
}

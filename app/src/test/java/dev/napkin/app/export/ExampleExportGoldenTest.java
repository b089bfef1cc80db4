package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.FlowFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example exported in every text format matches its golden file under {@code
 * src/test/resources/golden}. After an intended change, regenerate them with {@code mvn -pl app -am
 * test -Dtest=ExampleExportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnapkin.updateGolden=true} and review the diff.
 */
class ExampleExportGoldenTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("napkin.examples"));
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final List<ExportFormat> TEXT_FORMATS =
      List.of(
          ExportFormat.YAML,
          ExportFormat.JSON,
          ExportFormat.MERMAID,
          ExportFormat.DOT,
          ExportFormat.OPENLINEAGE);

  static Stream<Arguments> examplesAndFormats() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
      return examples.stream()
          .flatMap(example -> TEXT_FORMATS.stream().map(f -> Arguments.of(example, f)));
    }
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("examplesAndFormats")
  void exportMatchesGoldenFile(Path example, ExportFormat format) throws IOException {
    FlowFile.Loaded loaded = FlowFile.load(example);
    assertThat(loaded.errors()).isEmpty();
    Flow flow = loaded.flow().orElseThrow();
    String exported = format.render(flow);

    String name = example.getFileName().toString().replace(".yaml", "") + "." + extension(format);
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("napkin.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, exported, StandardCharsets.UTF_8);
    }
    assertThat(golden).exists();
    assertThat(exported).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(format.render(flow)).as("deterministic").isEqualTo(exported);
  }

  private static String extension(ExportFormat format) {
    return switch (format) {
      case MERMAID -> "mmd";
      case OPENLINEAGE -> "openlineage.jsonl";
      default -> format.toString();
    };
  }
}

package dev.napkin.app.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.FlowFile;
import dev.napkin.model.spec.ReadResult;
import dev.napkin.model.spec.SpecFormat;
import dev.napkin.model.spec.SpecReader;
import dev.napkin.model.spec.SpecWriter;
import dev.napkin.model.validate.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example in assets reads without errors and round-trips through YAML and JSON. */
class ExampleRoundTripTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("napkin.examples"));

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsValidAndRoundTripsInBothFormats(Path example) {
    FlowFile.Loaded loaded = FlowFile.load(example);
    assertThat(loaded.errors()).isEmpty();
    Flow flow = loaded.flow().orElseThrow();

    for (SpecFormat format : SpecFormat.values()) {
      String written = SpecWriter.write(flow, format);
      ReadResult again = SpecReader.read(written, format, "again" + format.extension());
      assertThat(again.issues()).isEmpty();
      assertThat(again.flow()).contains(flow);
      assertThat(SpecWriter.write(again.flow().orElseThrow(), format)).isEqualTo(written);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void onlyTheLambdaExampleIsFlaggedAsLambda(Path example) {
    List<String> codes = FlowFile.load(example).warnings().stream().map(Issue::code).toList();
    boolean lambda = example.getFileName().toString().startsWith("lambda");
    assertThat(codes.contains("lambda")).isEqualTo(lambda);
  }
}

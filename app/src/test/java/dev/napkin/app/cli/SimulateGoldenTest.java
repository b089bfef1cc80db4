package dev.napkin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The real simulator, end to end from a spec file: the same seed gives the same JSON bytes, run
 * after run and on JDK 17 and 25 alike (the golden file was written on 17 and checked on 25).
 * Regenerate with {@code -Dnapkin.updateGolden=true} after an intended change.
 */
class SimulateGoldenTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("napkin.examples"));
  private static final Path GOLDEN = Path.of("src/test/resources/golden/simulate");

  @Test
  void clickstreamStreamingJsonIsByteStable() throws IOException {
    String[] args = {
      "simulate",
      EXAMPLES.resolve("clickstream.yaml").toString(),
      "--mode",
      "streaming",
      "--horizon",
      "12m",
      "--warmup",
      "4m",
      "--replications",
      "2",
      "--format",
      "json"
    };
    CliFixtures.Outcome first = CliFixtures.run(CliServices.defaults(), args);
    CliFixtures.Outcome second = CliFixtures.run(CliServices.defaults(), args);

    assertThat(first.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    Path golden = GOLDEN.resolve("clickstream-streaming.json");
    if (Boolean.getBoolean("napkin.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, first.out(), StandardCharsets.UTF_8);
    }
    assertThat(first.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}

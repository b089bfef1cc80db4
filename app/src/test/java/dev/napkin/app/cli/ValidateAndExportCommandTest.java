package dev.napkin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code napkin validate} and {@code napkin export} on real files, with SPEC.md's exit codes. */
class ValidateAndExportCommandTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("napkin.examples"));
  private final CliServices services = CliServices.defaults();

  @TempDir Path dir;

  @Test
  void validExampleExitsZeroAndSaysValid() {
    String file = EXAMPLES.resolve("clickstream.yaml").toString();
    CliFixtures.Outcome outcome = CliFixtures.run(services, "validate", file);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).isEqualTo(file + ": valid\n");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void lambdaExampleIsValidWithItsWarningLocated() {
    String file = EXAMPLES.resolve("lambda-architecture.yaml").toString();
    CliFixtures.Outcome outcome = CliFixtures.run(services, "validate", file);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).isEqualTo(file + ": valid, 1 warning\n");
    assertThat(outcome.err())
        .startsWith(file + ":39:5: warning: nodes[3]: sink \"campaign_stats\"");
  }

  @Test
  void invalidSpecExitsOneWithEveryErrorLocated() throws IOException {
    Path flow =
        write(
            "flow.yaml",
            """
            napkin: 1
            name: Broken
            nodes:
              - id: clicks
                kind: source
                rate: 40 us
              - id: agg
                kind: transform
                op: aggregate
            edges:
              - {from: clicks, to: agg}
            """);
    CliFixtures.Outcome outcome = CliFixtures.run(services, "validate", flow.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.out()).isEqualTo(flow + ": invalid: 1 error\n");
    assertThat(outcome.err())
        .isEqualTo(
            flow
                + ":6:11: error: nodes[0].rate: \"40 us\" is not a rate (expected records per"
                + " unit time, e.g. 2000/s, 120/min, 3.6k/h, 1.5M/d)\n");
  }

  @Test
  void semanticErrorsCarryTheLineOfTheFieldTheyConcern() throws IOException {
    Path flow =
        write(
            "flow.yaml",
            """
            napkin: 1
            name: Cycle
            nodes:
              - {id: a, kind: source, rate: 10/s}
              - {id: b, kind: transform, parallelism: 0}
              - {id: c, kind: sink}
            edges:
              - {from: a, to: b}
              - {from: b, to: c}
              - {from: b, to: nowhere}
            """);
    CliFixtures.Outcome outcome = CliFixtures.run(services, "validate", flow.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .contains(
            flow + ":5:43: error: nodes[1].parallelism: parallelism must be at least 1 (got 0)\n")
        .contains(flow + ":10:19: error: edges[2].to: no node \"nowhere\" in this flow\n");
  }

  @Test
  void missingFileIsAnIoErrorExitingTwo() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(services, "validate", dir.resolve("nope.yaml").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("nope.yaml: error: cannot read");
  }

  @Test
  void exportWritesTheFileAtomicallyAndExitsZero() throws IOException {
    Path out = dir.resolve("flow.mmd");
    CliFixtures.Outcome outcome =
        CliFixtures.run(
            services,
            "export",
            EXAMPLES.resolve("clickstream.yaml").toString(),
            "--to",
            "mermaid",
            "-o",
            out.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(Files.readString(out)).startsWith("---\ntitle: \"Clickstream sessions\"\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void exportToJsonThenValidateItReadsTheSameFlow() throws IOException {
    Path json = dir.resolve("clickstream.json");
    String example = EXAMPLES.resolve("clickstream.yaml").toString();
    CliFixtures.run(services, "export", example, "--to", "json", "-o", json.toString());

    CliFixtures.Outcome outcome = CliFixtures.run(services, "validate", json.toString());
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).isEqualTo(json + ": valid\n");
  }

  @Test
  void exportToOpenLineageWritesOneJobEventALinePerTransform() throws IOException {
    Path out = dir.resolve("lineage.jsonl");
    CliFixtures.Outcome outcome =
        CliFixtures.run(
            services,
            "export",
            EXAMPLES.resolve("feature-store.yaml").toString(),
            "--to",
            "openlineage",
            "-o",
            out.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(Files.readAllLines(out))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("{\"eventTime\":\"1970-01-01T00:00:00Z\""))
        .satisfiesExactly(
            first ->
                assertThat(first)
                    .contains("\"name\":\"near-real-time-user-features.user_features\""),
            second ->
                assertThat(second).contains("\"name\":\"near-real-time-user-features.compact\""));
  }

  @Test
  void exportIntoAMissingFolderIsAnIoErrorAndCreatesNothing() {
    Path out = dir.resolve("no-such-dir").resolve("flow.dot");
    CliFixtures.Outcome outcome =
        CliFixtures.run(
            services,
            "export",
            EXAMPLES.resolve("clickstream.yaml").toString(),
            "--to",
            "dot",
            "-o",
            out.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains(out + ": error: cannot write: ");
    assertThat(out.getParent()).doesNotExist();
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(services, "export", "x.yaml", "--to", "pdf", "-o", "x.pdf");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("\"pdf\" is not an export format");
  }

  @Test
  void formatNotYetBuiltSaysSoAndExitsTwo() {
    CliFixtures.Outcome outcome =
        CliFixtures.run(
            services,
            "export",
            EXAMPLES.resolve("clickstream.yaml").toString(),
            "--to",
            "svg",
            "-o",
            dir.resolve("x.svg").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .isEqualTo("napkin export: error: --to svg is not yet available in this build\n");
  }

  @Test
  void exportOfAnInvalidSpecWritesNothingAndExitsOne() throws IOException {
    Path flow = write("flow.yaml", "napkin: 1\nname: x\nnodes: []\nbogus: 1\n");
    Path out = dir.resolve("out.yaml");
    CliFixtures.Outcome outcome =
        CliFixtures.run(services, "export", flow.toString(), "--to", "yaml", "-o", out.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains(flow + ":4:1: error: bogus: ");
    assertThat(out).doesNotExist();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}

package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading from disk: every failure is an issue, never an exception. */
class SpecFileReadingTest {
  @TempDir Path dir;

  @Test
  void readsAYamlFileAndNamesItInLocations() throws IOException {
    Path file = dir.resolve("flow.yml");
    Files.writeString(file, "napkin: 1\nname: t\nnodes: []\ncolour: red\n");

    ReadResult result = SpecReader.read(file);

    assertThat(result.issues())
        .extracting(Issue::location)
        .containsExactly(Optional.of(new SourceLocation(file.toString(), 4, 1)));
  }

  @Test
  void readsAJsonFileWithAByteOrderMark() throws IOException {
    Path file = dir.resolve("flow.JSON");
    Files.writeString(file, "\uFEFF{\"napkin\": 1, \"name\": \"t\", \"nodes\": []}");

    ReadResult result = SpecReader.read(file);

    assertThat(result.issues()).isEmpty();
    assertThat(result.flow().orElseThrow().name()).isEqualTo("t");
  }

  @Test
  void reportsAMissingFile() {
    ReadResult result = SpecReader.read(dir.resolve("absent.yaml"));

    assertThat(result.flow()).isEmpty();
    assertThat(result.issues())
        .containsExactly(Issue.error(SpecCodes.IO, "", "cannot read: no such file"));
  }

  @Test
  void reportsAFileThatIsNeitherYamlNorJson() throws IOException {
    Path file = dir.resolve("flow.txt");
    Files.writeString(file, "napkin: 1");

    assertThat(SpecReader.read(file).issues())
        .containsExactly(
            Issue.error(
                SpecCodes.IO, "", "unknown file type: a spec ends in .yaml, .yml or .json"));
  }

  @Test
  void reportsAFolder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.yaml"));

    assertThat(SpecReader.read(folder).issues())
        .containsExactly(Issue.error(SpecCodes.IO, "", "cannot read: it is a folder"));
  }

  @Test
  void reportsTextThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(SpecReader.read(file).issues())
        .containsExactly(
            Issue.error(SpecCodes.ENCODING, "", "not UTF-8 text; save the spec as UTF-8")
                .at(new SourceLocation(file.toString(), 1, 1)));
  }

  @Test
  void refusesAFileOverTenMebibytesWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(SpecLimits.MAX_BYTES + 1);
    }

    assertThat(SpecReader.read(file).issues())
        .containsExactly(
            Issue.error(SpecCodes.TOO_LARGE, "", "the spec is larger than 10 MiB")
                .at(new SourceLocation(file.toString(), 1, 1)));
  }

  @Test
  void refusesTextOverTenMebibytesCountedInUtf8() {
    // 3.6 M characters of three UTF-8 bytes each: under the limit in chars, over it in bytes
    String text = "name: " + "€".repeat(3_600_000);

    ReadResult result = SpecReader.read(text, SpecFormat.YAML, "big.yaml");

    assertThat(result.issues()).extracting(Issue::code).containsExactly(SpecCodes.TOO_LARGE);
  }

  @Test
  void readsADocumentJustUnderTheLimit() {
    String line = "0123456789".repeat(9) + "\n";
    String lines = line.repeat((int) (SpecLimits.MAX_BYTES - 100) / (line.length() + 2));
    String block = lines.lines().map(l -> "  " + l + "\n").collect(Collectors.joining());
    String text = "napkin: 1\nname: big\nnodes: []\ndescription: |\n" + block;

    ReadResult result = SpecReader.read(text, SpecFormat.YAML, "big.yaml");

    assertThat(text.length()).isGreaterThan((int) SpecLimits.MAX_BYTES - 200);
    assertThat(result.issues()).isEmpty();
    assertThat(result.flow().orElseThrow().description()).contains(lines);
  }

  @Test
  void refusesAYamlLineTooLongToScanQuickly() {
    String text = "napkin: 1\nname: t\nnodes: []\ndescription: " + "x ".repeat(50_000) + "\n";

    assertThat(SpecReader.read(text, SpecFormat.YAML, "big.yaml").issues())
        .containsExactly(
            Issue.error(
                    SpecCodes.TOO_LARGE,
                    "",
                    "line 4 is longer than 100000 characters; a spec has no such lines")
                .at(new SourceLocation("big.yaml", 4, 1)));
  }

  @Test
  void refusesMoreThanHalfAMillionValues() {
    String text = "{\"napkin\": 1, \"name\": \"t\", \"nodes\": [" + "1, ".repeat(500_000) + "1]}";

    ReadResult result = SpecReader.read(text, SpecFormat.JSON, "big.json");

    assertThat(result.issues())
        .extracting(i -> i.format(""))
        .containsExactly(
            "big.json:1:1500026: error: nodes[499996]: more than 500000 values; a spec is not that"
                + " large");
  }

  @Test
  void showsTwoHundredIssuesAndCountsTheRest() {
    String text = "{\"napkin\": 1, \"name\": \"t\", \"nodes\": [" + "1, ".repeat(300) + "1]}";

    ReadResult result = SpecReader.read(text, SpecFormat.JSON, "many.json");

    assertThat(result.issues()).hasSize(201);
    assertThat(result.issues().get(200).format(""))
        .isEqualTo("many.json:1:635: error: and 101 more problems not shown");
  }
}

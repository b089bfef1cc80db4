package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.TraceData;
import dev.napkin.model.validate.Issue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceReaderTest {
  @TempDir Path dir;

  private Path csv(String text) throws IOException {
    return Files.writeString(dir.resolve("trace.csv"), text);
  }

  private List<String> errors(Path file) {
    return TraceReader.read(file).issues().stream()
        .map(i -> i.format("").substring(file.toString().length() + 1))
        .toList();
  }

  @Test
  void readsArrivalTimestampsInSecondsAndSortsThem() throws IOException {
    Path file = csv("time\n0.5\n0\n# a comment\n\n1.25\n2e1\n");

    TraceReader.Result result = TraceReader.read(file);

    assertThat(result.issues()).isEmpty();
    assertThat(result.data())
        .contains(
            TraceData.arrivals(new long[] {0, 500_000_000L, 1_250_000_000L, 20_000_000_000L}));
  }

  @Test
  void readsCountsPerInterval() throws IOException {
    Path file = csv("\uFEFFtime, count\r\n0, 10\r\n60,0\r\n120, 7\r\n");

    TraceReader.Result result = TraceReader.read(file);

    assertThat(result.issues()).isEmpty();
    assertThat(result.data())
        .contains(
            TraceData.counts(
                new long[] {0, 60_000_000_000L, 120_000_000_000L}, new long[] {10, 0, 7}));
  }

  @Test
  void readsATraceWithoutAHeaderByItsColumns() throws IOException {
    assertThat(TraceReader.read(csv("1,3\n2,4\n")).data())
        .contains(TraceData.counts(new long[] {1_000_000_000L, 2_000_000_000L}, new long[] {3, 4}));
    assertThat(TraceReader.read(csv("3\n1\n")).data())
        .contains(TraceData.arrivals(new long[] {1_000_000_000L, 3_000_000_000L}));
  }

  @Test
  void reportsEveryBadCellAtItsLineAndColumn() throws IOException {
    Path file = csv("time,count\n0,1\nsoon,2\n5, -1\n5,3,4\n0,1\n 1e999,1\n");

    assertThat(errors(file))
        .containsExactly(
            "3:1: error: \"soon\" is not a time in seconds (e.g. 12.5)",
            "4:4: error: \"-1\" is not a count (a whole number, 0 or more)",
            "5:1: error: expected two columns, time,count, found 3",
            "6:1: error: interval starts must increase: 0 does not come after the row before",
            "7:2: error: \"1e999\" seconds is too large");
    assertThat(TraceReader.read(file).data()).isEmpty();
    assertThat(TraceReader.read(file).issues())
        .extracting(Issue::code)
        .containsOnly(SpecCodes.TRACE_FORMAT);
  }

  @Test
  void reportsAHeaderItDoesNotKnow() throws IOException {
    assertThat(errors(csv("timestamp\n1\n")))
        .containsExactly(
            "1:1: error: expected a header time or time,count, or a first row of numbers");
  }

  @Test
  void reportsATraceWithNoRows() throws IOException {
    assertThat(errors(csv("time\n# nothing yet\n")))
        .containsExactly("2:1: error: the trace has no rows");
  }

  @Test
  void reportsAMissingOrUnreadableFile() throws IOException {
    Path absent = dir.resolve("absent.csv");
    Path latin1 =
        Files.write(dir.resolve("latin1.csv"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(TraceReader.read(absent).issues())
        .containsExactly(
            Issue.error(SpecCodes.IO, "", "cannot read the trace " + absent + ": no such file"));
    assertThat(TraceReader.read(latin1).issues())
        .extracting(Issue::code)
        .containsExactly(SpecCodes.ENCODING);
  }

  @Test
  void stopsAfterTwentyProblems() throws IOException {
    Path file = csv("time\n" + "x\n".repeat(50));

    assertThat(TraceReader.read(file).issues()).hasSize(20);
  }
}

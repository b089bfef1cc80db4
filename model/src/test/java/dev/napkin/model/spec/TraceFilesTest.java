package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceFilesTest {
  @TempDir Path root;

  private ReadResult specWithTrace(String file) {
    String text =
        """
        napkin: 1
        name: Traces
        nodes:
          - id: steady
            kind: source
            rate: 1/s
          - id: replay
            kind: source
            rate: 1/s
            profile: {type: trace, file: "%s"}
        """
            .formatted(file);
    return SpecReader.read(text, SpecFormat.YAML, "flow.yaml");
  }

  private List<String> check(String file, Path folder) {
    ReadResult read = specWithTrace(file);
    return TraceFiles.check(read.flow().orElseThrow(), folder, read.locations()).stream()
        .map(i -> i.format("flow.yaml"))
        .toList();
  }

  @Test
  void acceptsATraceInsideTheSpecsFolder() throws IOException {
    Path folder = Files.createDirectories(root.resolve("spec"));
    Files.createDirectories(folder.resolve("traces"));
    Files.writeString(folder.resolve("traces/arrivals.csv"), "time\n1\n");

    assertThat(check("traces/arrivals.csv", folder)).isEmpty();
    assertThat(check("./traces/../traces/arrivals.csv", folder)).isEmpty();
  }

  @Test
  void rejectsAnAbsolutePath() throws IOException {
    Path csv = Files.writeString(root.resolve("abs.csv"), "time\n1\n");

    assertThat(check(csv.toString(), root))
        .containsExactly(
            "flow.yaml:10:34: error: nodes[1].profile.file: \""
                + csv
                + "\" is absolute; a trace path is relative to the spec's folder");
  }

  @Test
  void rejectsAPathThatLeavesTheFolder() throws IOException {
    Path folder = Files.createDirectories(root.resolve("spec"));
    Files.writeString(root.resolve("outside.csv"), "time\n1\n");

    assertThat(check("../outside.csv", folder))
        .containsExactly(
            "flow.yaml:10:34: error: nodes[1].profile.file: \"../outside.csv\" leaves the spec's"
                + " folder");
  }

  @Test
  void rejectsALinkThatLeadsOutOfTheFolder() throws IOException {
    Path folder = Files.createDirectories(root.resolve("spec"));
    Path outside = Files.writeString(root.resolve("secret.csv"), "time\n1\n");
    Files.createSymbolicLink(folder.resolve("link.csv"), outside);

    assertThat(check("link.csv", folder))
        .containsExactly(
            "flow.yaml:10:34: error: nodes[1].profile.file: \"link.csv\" leads out of the spec's"
                + " folder through a link");
  }

  @Test
  void rejectsAMissingFileAndSaysWhichNode() {
    ReadResult read = specWithTrace("missing.csv");

    List<Issue> issues = TraceFiles.check(read.flow().orElseThrow(), root, read.locations());

    assertThat(issues)
        .containsExactly(
            Issue.error(
                    SpecCodes.TRACE_FILE,
                    "nodes[1].profile.file",
                    "\"missing.csv\" does not exist in the spec's folder")
                .about(NodeId.of("replay"))
                .at(new SourceLocation("flow.yaml", 10, 34)));
  }

  @Test
  void loadsTheTracesThatPassAndReportsTheRest() throws IOException {
    Files.writeString(root.resolve("arrivals.csv"), "time\n2\n1\n");
    Files.writeString(root.resolve("bad.csv"), "time\nlater\n");
    ReadResult good = specWithTrace("arrivals.csv");
    ReadResult bad = specWithTrace("bad.csv");

    TraceFiles.Loaded loaded = TraceFiles.load(good.flow().orElseThrow(), root, good.locations());
    TraceFiles.Loaded failed = TraceFiles.load(bad.flow().orElseThrow(), root, bad.locations());

    assertThat(loaded.issues()).isEmpty();
    assertThat(loaded.traces())
        .isEqualTo(
            Map.of(
                NodeId.of("replay"),
                TraceData.arrivals(new long[] {1_000_000_000L, 2_000_000_000L})));
    assertThat(failed.traces()).isEmpty();
    assertThat(failed.issues())
        .extracting(Issue::code, Issue::node)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SpecCodes.TRACE_FORMAT, Optional.of(NodeId.of("replay"))));
  }

  @Test
  void ignoresFlowsWithoutTraces() {
    Flow flow = Flow.of("none", List.of(), List.of());

    assertThat(TraceFiles.check(flow, root, SpecLocations.empty())).isEmpty();
  }
}

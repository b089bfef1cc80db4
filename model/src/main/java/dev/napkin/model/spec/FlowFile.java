package dev.napkin.model.spec;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.validate.FlowCheck;
import dev.napkin.model.validate.Issue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a flow spec the way every caller needs it: read, validated and linted, every issue located
 * at its file, line and column, and the trace files of trace-profile sources loaded. Never throws
 * for bad input.
 */
public final class FlowFile {
  private FlowFile() {}

  /**
   * What opening a spec found. {@code flow} is present when the file could be read, even if the
   * validator found errors in it (an editor can still show it); {@code traces} only when it is
   * valid.
   */
  public record Loaded(Optional<Flow> flow, List<Issue> issues, Map<NodeId, TraceData> traces) {
    public Loaded {
      issues = List.copyOf(issues);
      traces = Map.copyOf(traces);
    }

    public boolean hasErrors() {
      return issues.stream().anyMatch(Issue::isError);
    }

    public List<Issue> errors() {
      return issues.stream().filter(Issue::isError).toList();
    }

    public List<Issue> warnings() {
      return issues.stream().filter(i -> !i.isError()).toList();
    }
  }

  public static Loaded load(Path file) {
    ReadResult read = SpecReader.read(file);
    if (read.flow().isEmpty()) {
      return new Loaded(Optional.empty(), read.issues(), Map.of());
    }
    Flow flow = read.flow().get();
    List<Issue> issues = new ArrayList<>(read.issues());
    issues.addAll(read.locations().attach(FlowCheck.check(flow)));
    if (issues.stream().anyMatch(Issue::isError)) {
      return new Loaded(read.flow(), issues, Map.of());
    }
    Path folder = file.toAbsolutePath().getParent();
    TraceFiles.Loaded traces = TraceFiles.load(flow, folder, read.locations());
    issues.addAll(traces.issues());
    return new Loaded(read.flow(), issues, traces.traces());
  }
}

package dev.napkin.model.spec;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.validate.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trace CSVs of a flow's {@code trace} profiles. A trace path is relative to the spec's folder
 * and may not leave it, by {@code ..} or by a symbolic link (SPEC.md, "Safety").
 */
public final class TraceFiles {
  private TraceFiles() {}

  /** The traces, by source, and every problem finding or reading them. */
  public record Loaded(Map<NodeId, TraceData> traces, List<Issue> issues) {
    public Loaded {
      traces = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(traces));
      issues = List.copyOf(issues);
    }
  }

  /**
   * An error at {@code nodes[i].profile.file} for each trace path that is absolute, leaves {@code
   * specFolder}, or names no file.
   */
  public static List<Issue> check(Flow flow, Path specFolder, SpecLocations locations) {
    List<Issue> issues = new ArrayList<>();
    forEachTrace(
        flow,
        (index, source, file) ->
            resolve(file, specFolder)
                .left()
                .ifPresent(message -> issues.add(issue(index, source, message, locations))));
    return issues;
  }

  /** Checks the trace paths, then reads each trace that passed. */
  public static Loaded load(Flow flow, Path specFolder, SpecLocations locations) {
    Map<NodeId, TraceData> traces = new LinkedHashMap<>();
    List<Issue> issues = new ArrayList<>();
    forEachTrace(
        flow,
        (index, source, file) -> {
          Resolved resolved = resolve(file, specFolder);
          if (resolved.left().isPresent()) {
            issues.add(issue(index, source, resolved.left().get(), locations));
            return;
          }
          TraceReader.Result read = TraceReader.read(resolved.path().orElseThrow());
          read.data().ifPresent(data -> traces.put(source.id(), data));
          read.issues().forEach(i -> issues.add(i.about(source.id())));
        });
    return new Loaded(traces, issues);
  }

  private interface TraceVisitor {
    void visit(int index, Source source, String file);
  }

  private static void forEachTrace(Flow flow, TraceVisitor visitor) {
    List<Node> nodes = flow.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof Source source && source.profile() instanceof Profile.Trace t) {
        visitor.visit(i, source, t.file());
      }
    }
  }

  private static Issue issue(int index, Source source, String message, SpecLocations locations) {
    String path = "nodes[" + index + "].profile.file";
    Issue issue = Issue.error(SpecCodes.TRACE_FILE, path, message).about(source.id());
    return locations.find(path).map(issue::at).orElse(issue);
  }

  /** The file inside the folder, or why there is none. */
  private record Resolved(Optional<Path> path, Optional<String> left) {
    static Resolved ok(Path path) {
      return new Resolved(Optional.of(path), Optional.empty());
    }

    static Resolved problem(String message) {
      return new Resolved(Optional.empty(), Optional.of(message));
    }
  }

  private static Resolved resolve(String file, Path specFolder) {
    String shown = Quoted.of(file);
    if (file.isBlank()) {
      return Resolved.problem("the trace file name is empty");
    }
    Path relative;
    try {
      relative = Path.of(file);
    } catch (InvalidPathException e) {
      return Resolved.problem(shown + " is not a file path");
    }
    if (relative.isAbsolute()
        || file.startsWith("/")
        || file.startsWith("\\")
        || file.matches("^[A-Za-z]:.*")) {
      return Resolved.problem(
          shown + " is absolute; a trace path is relative to the spec's folder");
    }
    Path folder = specFolder.toAbsolutePath().normalize();
    Path target = folder.resolve(relative).normalize();
    if (!target.startsWith(folder)) {
      return Resolved.problem(shown + " leaves the spec's folder");
    }
    if (!Files.exists(target)) {
      return Resolved.problem(shown + " does not exist in the spec's folder");
    }
    try {
      if (!target.toRealPath().startsWith(folder.toRealPath())) {
        return Resolved.problem(shown + " leads out of the spec's folder through a link");
      }
    } catch (IOException e) {
      return Resolved.problem(shown + " cannot be read: " + e.getMessage());
    }
    if (Files.isDirectory(target)) {
      return Resolved.problem(shown + " is a folder, not a CSV file");
    }
    return Resolved.ok(target);
  }
}

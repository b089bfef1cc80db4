package dev.napkin.model.spec;

import dev.napkin.model.spec.SpecNode.Field;
import dev.napkin.model.spec.SpecNode.ListNode;
import dev.napkin.model.spec.SpecNode.MapNode;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a spec was written, by path ({@code nodes[2].cost}, {@code edges[1].to}).
 * Checks that work on the {@code Flow} (the validator, lint) report paths only; {@link
 * #attach(List)} gives their issues a file, line and column.
 */
public final class SpecLocations {
  private static final SpecLocations EMPTY = new SpecLocations(Map.of());

  private final Map<String, SourceLocation> byPath;

  private SpecLocations(Map<String, SourceLocation> byPath) {
    this.byPath = Map.copyOf(byPath);
  }

  /** No locations: for a flow that did not come from a file. */
  public static SpecLocations empty() {
    return EMPTY;
  }

  /** Every value of the tree by its path; the root is the path "". */
  static SpecLocations of(SpecNode root) {
    Map<String, SourceLocation> byPath = new HashMap<>();
    record(byPath, "", root);
    return new SpecLocations(byPath);
  }

  private static void record(Map<String, SourceLocation> byPath, String path, SpecNode node) {
    byPath.put(path, node.location());
    if (node instanceof MapNode map) {
      for (Field field : map.fields().values()) {
        record(byPath, Paths.key(path, field.key()), field.value());
      }
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        record(byPath, Paths.index(path, i), list.items().get(i));
      }
    }
  }

  /**
   * Where the value at {@code path} was written; for a path that is not in the document (a missing
   * field) the nearest enclosing value that is.
   */
  public Optional<SourceLocation> find(String path) {
    Optional<String> at = Optional.of(path);
    while (at.isPresent()) {
      SourceLocation found = byPath.get(at.get());
      if (found != null) {
        return Optional.of(found);
      }
      at = Paths.parent(at.get());
    }
    return Optional.empty();
  }

  /** The issues, each with a path but no location given the location of its path. */
  public List<Issue> attach(List<Issue> issues) {
    return issues.stream().map(this::attach).toList();
  }

  private Issue attach(Issue issue) {
    if (issue.location().isPresent() || issue.path().isEmpty()) {
      return issue;
    }
    return find(issue.path()).map(issue::at).orElse(issue);
  }

  /** How many paths are known (0 for {@link #empty()}). */
  public int size() {
    return byPath.size();
  }
}

package dev.napkin.app.files;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What reading a spec gave: the flow when it could be built, every issue found on the way, and a
 * way to give later findings about that same flow (the validator's) the file's line and column.
 */
public record LoadResult(
    Optional<Flow> flow, List<Issue> issues, UnaryOperator<List<Issue>> locate) {
  public LoadResult {
    issues = List.copyOf(issues);
  }

  public LoadResult(Optional<Flow> flow, List<Issue> issues) {
    this(flow, issues, UnaryOperator.identity());
  }

  public static LoadResult failed(Issue issue) {
    return new LoadResult(Optional.empty(), List.of(issue));
  }
}

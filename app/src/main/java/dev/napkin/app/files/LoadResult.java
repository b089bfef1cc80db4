package dev.napkin.app.files;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import java.util.List;
import java.util.Optional;

/** What reading a spec gave: the flow when it could be built, and every issue found on the way. */
public record LoadResult(Optional<Flow> flow, List<Issue> issues) {
  public LoadResult {
    issues = List.copyOf(issues);
  }

  public static LoadResult failed(Issue issue) {
    return new LoadResult(Optional.empty(), List.of(issue));
  }
}

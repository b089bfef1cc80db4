package dev.napkin.model.spec;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import java.util.List;
import java.util.Optional;

/**
 * What reading a spec gave: the flow (present only when there are no errors), the issues in
 * document order, and where each value was written (for locating later, semantic issues).
 */
public record ReadResult(Optional<Flow> flow, List<Issue> issues, SpecLocations locations) {
  public ReadResult {
    issues = List.copyOf(issues);
  }

  public boolean hasErrors() {
    return issues.stream().anyMatch(Issue::isError);
  }

  public List<Issue> errors() {
    return issues.stream().filter(Issue::isError).toList();
  }
}

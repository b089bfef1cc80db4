package dev.napkin.app.cli;

import dev.napkin.model.validate.Issue;
import java.util.List;

/** The spec could be read but is not a valid flow: the errors (and warnings) found, located. */
public final class InvalidFlowException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Issue> issues;

  public InvalidFlowException(List<Issue> issues) {
    super(issues.stream().filter(Issue::isError).count() + " error(s) in the flow spec");
    this.issues = List.copyOf(issues);
  }

  public List<Issue> issues() {
    return issues;
  }
}

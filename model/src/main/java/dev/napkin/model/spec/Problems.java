package dev.napkin.model.spec;

import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Collects the issues found while reading; reading goes on after each one. */
final class Problems {
  private final List<Issue> issues = new ArrayList<>();

  void add(Issue issue) {
    issues.add(issue);
  }

  void error(String code, String path, SourceLocation where, String message) {
    issues.add(Issue.error(code, path, message).at(where));
  }

  /** A mark to tag the issues found after it, see {@link #tagSince}. */
  int mark() {
    return issues.size();
  }

  /** Says which node the issues found since {@code mark} are about. */
  void tagSince(int mark, NodeId node) {
    retag(mark, issue -> issue.about(node));
  }

  /** Says which edge the issues found since {@code mark} are about. */
  void tagSince(int mark, EdgeKey edge) {
    retag(mark, issue -> issue.about(edge));
  }

  private void retag(int mark, UnaryOperator<Issue> tag) {
    for (int i = mark; i < issues.size(); i++) {
      issues.set(i, tag.apply(issues.get(i)));
    }
  }

  List<Issue> all() {
    return List.copyOf(issues);
  }
}

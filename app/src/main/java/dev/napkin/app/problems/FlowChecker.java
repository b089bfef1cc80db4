package dev.napkin.app.problems;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import java.util.List;

/** Finds what is wrong with a flow (errors) and what looks like a design problem (warnings). */
@FunctionalInterface
public interface FlowChecker {
  List<Issue> check(Flow flow);
}

package dev.napkin.model.validate;

import dev.napkin.model.flow.Flow;
import java.util.List;

/**
 * Everything to say about a flow, for the CLI's {@code validate} and the editor's problem list: its
 * errors when it has any, else its lint warnings. Lint waits for a valid flow because on a broken
 * one its warnings are mostly echoes of the errors (a missing edge is also a dead end) and would
 * bury them. Callers that want warnings while a flow is still broken (the editor, while drawing)
 * may call {@link Lint#check} directly: it never throws.
 */
public final class FlowCheck {
  private FlowCheck() {}

  public static List<Issue> check(Flow flow) {
    List<Issue> errors = Validator.validate(flow);
    return errors.isEmpty() ? Lint.check(flow) : errors;
  }
}

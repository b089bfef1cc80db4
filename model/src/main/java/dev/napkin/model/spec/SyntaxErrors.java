package dev.napkin.model.spec;

import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Turns a parser's exception into one short issue at the line and column it names. */
final class SyntaxErrors {
  private SyntaxErrors() {}

  static Issue toIssue(JacksonException e, String file) {
    if (e.getCause() instanceof MarkedYamlEngineException yaml) {
      return fromYaml(yaml, file);
    }
    TokenStreamLocation at = e.getLocation();
    SourceLocation where =
        at == null
            ? new SourceLocation(file, 1, 1)
            : new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    return Issue.error(SpecCodes.SYNTAX, "", firstLine(e.getOriginalMessage())).at(where);
  }

  static Issue toIssue(RuntimeException e, SourceLocation near) {
    if (e instanceof MarkedYamlEngineException yaml) {
      return fromYaml(yaml, near.file());
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Issue.error(SpecCodes.SYNTAX, "", firstLine(message)).at(near);
  }

  private static Issue fromYaml(MarkedYamlEngineException e, String file) {
    SourceLocation where =
        e.getProblemMark()
            .or(e::getContextMark)
            .map(m -> location(m, file))
            .orElse(new SourceLocation(file, 1, 1));
    String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
    String message = firstLine(problem);
    if (e.getContext() != null && !e.getContext().isBlank()) {
      String context = firstLine(e.getContext());
      message +=
          e.getContextMark()
              .map(m -> " (" + context + " at line " + (m.getLine() + 1) + ")")
              .orElse(" (" + context + ")");
    }
    return Issue.error(SpecCodes.SYNTAX, "", message).at(where);
  }

  private static SourceLocation location(Mark mark, String file) {
    return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "not valid YAML or JSON";
    }
    String line = text.strip().lines().findFirst().orElse("").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}

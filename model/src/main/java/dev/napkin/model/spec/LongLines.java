package dev.napkin.model.spec;

import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.util.Optional;

/** Finds the first YAML line longer than {@link SpecLimits#MAX_YAML_LINE}. */
final class LongLines {
  private LongLines() {}

  static Optional<Issue> find(String text, String file) {
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int length = (end < 0 ? text.length() : end) - start;
      if (length > SpecLimits.MAX_YAML_LINE) {
        return Optional.of(
            Issue.error(
                    SpecCodes.TOO_LARGE,
                    "",
                    "line "
                        + line
                        + " is longer than "
                        + SpecLimits.MAX_YAML_LINE
                        + " characters; a spec has no such lines")
                .at(new SourceLocation(file, line, 1)));
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
      line++;
    }
    return Optional.empty();
  }
}

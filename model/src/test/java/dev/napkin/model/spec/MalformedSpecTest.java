package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.validate.Issue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under spec/malformed gives exactly the issues written for it in expected.txt: code,
 * line, column, path and message.
 */
class MalformedSpecTest {
  private static final Map<String, List<String>> EXPECTED = manifest();

  static Stream<Path> malformed() {
    return TestSpecs.specs("malformed").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void reportsExactlyTheExpectedIssues(Path file) {
    String name = file.getFileName().toString();
    ReadResult result = TestSpecs.read(file);

    List<String> actual =
        result.issues().stream().map(issue -> line(issue, name)).collect(Collectors.toList());

    assertThat(EXPECTED).as("expected.txt has an entry for %s", name).containsKey(name);
    assertThat(actual).containsExactlyElementsOf(EXPECTED.get(name));
    assertThat(result.flow()).isEmpty();
  }

  @Test
  void manifestNamesOnlyFilesThatExist() {
    Set<String> files =
        malformed().map(p -> p.getFileName().toString()).collect(Collectors.toSet());

    assertThat(files).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @Test
  void corpusHasAtLeastFortySpecsInBothFormats() {
    List<Path> files = malformed().toList();

    assertThat(files).hasSizeGreaterThanOrEqualTo(40);
    assertThat(files).anyMatch(p -> p.toString().endsWith(".json"));
  }

  @Test
  void corpusCoversEveryCodeTheTextCanCause() {
    Set<String> codes = new TreeSet<>();
    EXPECTED.values().forEach(lines -> lines.forEach(l -> codes.add(l.split(" ", 2)[0])));

    assertThat(codes)
        .containsExactlyInAnyOrder(
            SpecCodes.SYNTAX,
            SpecCodes.TOO_DEEP,
            SpecCodes.ALIAS_LIMIT,
            SpecCodes.DUPLICATE_KEY,
            SpecCodes.UNKNOWN_KEY,
            SpecCodes.WRONG_KIND,
            SpecCodes.MODE_NOT_ALLOWED,
            SpecCodes.MISSING_FIELD,
            SpecCodes.BAD_VERSION,
            SpecCodes.TYPE,
            SpecCodes.BAD_VALUE,
            SpecCodes.BAD_ID);
  }

  /** {@code code line:col: error: path: message}, as in expected.txt. */
  private static String line(Issue issue, String file) {
    return issue.code() + " " + issue.format(file).substring(file.length() + 1);
  }

  private static Map<String, List<String>> manifest() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : TestSpecs.text("malformed", "expected.txt").lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        expected.put(line.substring(1, line.length() - 1), current);
      } else {
        current.add(line);
      }
    }
    return expected;
  }
}

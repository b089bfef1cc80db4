package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.napkin.model.validate.Issue;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SPEC.md "Safety": hostile documents are refused quickly, with a clear message. */
class SafetyLimitsTest {

  @Test
  void refusesBillionLaughsQuickly() {
    StringBuilder text = new StringBuilder("napkin: 1\nname: lol\nnodes: []\n");
    text.append("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      String alias = "*l" + (level - 1);
      text.append("l").append(level).append(": &l").append(level).append(" [");
      text.append(String.join(", ", java.util.Collections.nCopies(10, alias))).append("]\n");
    }

    ReadResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> SpecReader.read(text.toString(), SpecFormat.YAML, "lol.yaml"));

    assertThat(result.issues())
        .extracting(Issue::code, i -> i.format(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SpecCodes.ALIAS_LIMIT,
                "lol.yaml:7:45: error: l3[7]: YAML aliases expand to more than 10000 values"
                    + " (is this a \"billion laughs\" document?)"));
  }

  @Test
  void allowsFiftyAliasesButNotFiftyOne() {
    String head = "napkin: 1\nname: t\ndefaults: {sla: &s {latency: 5m}}\nnodes:\n";
    StringBuilder fifty = new StringBuilder(head);
    for (int i = 0; i < 50; i++) {
      fifty.append("  - {id: s").append(i).append(", kind: sink, sla: *s}\n");
    }
    String fiftyOne = fifty + "  - {id: last, kind: sink, sla: *s}\n";

    assertThat(SpecReader.read(fifty.toString(), SpecFormat.YAML, "a.yaml").issues()).isEmpty();
    assertThat(SpecReader.read(fiftyOne, SpecFormat.YAML, "a.yaml").issues())
        .extracting(Issue::code)
        .containsExactly(SpecCodes.ALIAS_LIMIT);
  }

  @Test
  void allowsThirtyTwoLevelsOfNestingButNotThirtyThree() {
    // the root map is level 1, nodes' list level 2
    String ok = "napkin: 1\nname: t\nnodes: " + "[".repeat(31) + "]".repeat(31) + "\n";
    String deep = "napkin: 1\nname: t\nnodes: " + "[".repeat(32) + "]".repeat(32) + "\n";

    assertThat(SpecReader.read(ok, SpecFormat.YAML, "a.yaml").issues())
        .extracting(Issue::code)
        .doesNotContain(SpecCodes.TOO_DEEP);
    assertThat(SpecReader.read(deep, SpecFormat.YAML, "a.yaml").issues())
        .extracting(Issue::code)
        .containsExactly(SpecCodes.TOO_DEEP);
  }

  @Test
  void refusesDeepNestingReachedThroughAnAlias() {
    String anchored = "[".repeat(20) + "]".repeat(20);
    String text =
        "napkin: 1\nname: t\nnodes: []\nx: &deep "
            + anchored
            + "\ny: "
            + "[".repeat(15)
            + "*deep"
            + "]".repeat(15)
            + "\n";

    assertThat(SpecReader.read(text, SpecFormat.YAML, "a.yaml").issues())
        .extracting(Issue::code)
        .containsExactly(SpecCodes.TOO_DEEP);
  }

  @Test
  void refusesHundredThousandLevelsOfJsonQuickly() {
    String text = "{\"nodes\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    ReadResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> SpecReader.read(text, SpecFormat.JSON, "a.json"));

    assertThat(result.issues()).extracting(Issue::code).containsExactly(SpecCodes.TOO_DEEP);
  }

  @Test
  void refusesYamlTagsThatNameClasses() {
    String text = "napkin: 1\nname: !!java.lang.Runtime x\nnodes: []\n";

    assertThat(SpecReader.read(text, SpecFormat.YAML, "a.yaml").issues())
        .extracting(i -> i.format(""))
        .containsExactly(
            "a.yaml:2:7: error: name: YAML tags like !!java.lang.Runtime are not allowed:"
                + " a spec is plain data");
  }
}

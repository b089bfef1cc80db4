package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The reader never throws and never fails inside: whatever the text, it returns issues. And any
 * flow it does return survives writing and reading again.
 */
class ReaderRobustnessProperties {
  private static final List<String> KEYS =
      List.of(
          "napkin",
          "name",
          "description",
          "defaults",
          "sla",
          "nodes",
          "edges",
          "execution",
          "cost",
          "simulation",
          "layout",
          "id",
          "kind",
          "rate",
          "profile",
          "type",
          "lateness",
          "dist",
          "of",
          "weight",
          "median",
          "p99",
          "cost",
          "window",
          "size",
          "slide",
          "mode",
          "batch",
          "microBatch",
          "streaming",
          "monthly",
          "vcpuHour",
          "x",
          "y",
          "from",
          "to",
          "peak",
          "peakAt",
          "file",
          "seed",
          "keys",
          "parallelism",
          "<<",
          "Clicks",
          "");
  private static final List<String> TEXTS =
      List.of(
          "source",
          "transform",
          "sink",
          "aggregate",
          "tumbling",
          "sliding",
          "mixture",
          "lognormal",
          "fixed",
          "diurnal",
          "trace",
          "streaming",
          "micro-batch",
          "2000/s",
          "40us",
          "1h30m",
          "1KiB",
          "0.048 USD",
          "95%",
          "14:00",
          "clicks",
          "Clicks",
          "40 us",
          "",
          " ",
          "\u0000",
          "😀",
          "-1",
          "1e999");
  private static final List<String> NUMBERS =
      List.of("1", "0", "-1", "2.5", "1e999", "-1e-999", "99999999999999999999", "95", "1.0");

  @Property(tries = 300)
  void returnsIssuesForAnyText(@ForAll String text) {
    assertReadsSafely(text, SpecFormat.YAML);
    assertReadsSafely(text, SpecFormat.JSON);
  }

  @Provide
  Arbitrary<Out.MapOut> documents() {
    return map(3);
  }

  @Property(tries = 300)
  void returnsIssuesForAnyDocumentShape(@ForAll("documents") Out.MapOut document) {
    assertReadsSafely(YamlEmitter.emit(document), SpecFormat.YAML);
    assertReadsSafely(JsonEmitter.emit(document), SpecFormat.JSON);
  }

  @Provide
  Arbitrary<String> mutatedSpecs() {
    Arbitrary<String> specs =
        FlowArbitraries.flows().map(flow -> SpecWriter.write(flow, SpecFormat.YAML));
    Arbitrary<String> pieces =
        Arbitraries.of(
            "",
            ":",
            ": ",
            "{",
            "}",
            "[",
            "]",
            "- ",
            "\n",
            "  ",
            "\t",
            "&a ",
            "*a",
            "#",
            "\"",
            "'",
            "null",
            "kind: sink",
            "dist: mixture",
            "1e999",
            "<<: *a",
            "---\n",
            "!!str ",
            "?");
    return Combinators.combine(
            specs,
            Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(4),
            pieces.list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(4))
        .as(ReaderRobustnessProperties::mutate);
  }

  @Property(tries = 300)
  void returnsIssuesForMutatedSpecs(@ForAll("mutatedSpecs") String text) {
    assertReadsSafely(text, SpecFormat.YAML);
    Statistics.label("still a flow")
        .collect(SpecReader.read(text, SpecFormat.YAML, "fuzz").flow().isPresent());
  }

  /** Replaces a few short stretches of the text with pieces of YAML syntax. */
  private static String mutate(
      String spec, List<Integer> at, List<String> pieces, List<Integer> cut) {
    StringBuilder text = new StringBuilder(spec);
    for (int i = 0; i < at.size(); i++) {
      int start = at.get(i) % (text.length() + 1);
      int end = Math.min(text.length(), start + cut.get(i % cut.size()));
      text.replace(start, end, pieces.get(i % pieces.size()));
    }
    return text.toString();
  }

  private static void assertReadsSafely(String text, SpecFormat format) {
    ReadResult result = SpecReader.read(text, format, "fuzz");

    assertThat(result.issues()).extracting(Issue::code).doesNotContain(SpecCodes.INTERNAL);
    assertThat(result.issues()).allMatch(i -> i.path().isEmpty() || i.location().isPresent());
    assertThat(result.flow().isPresent()).isEqualTo(!result.hasErrors());
    if (result.flow().isPresent()) {
      Flow flow = result.flow().get();
      for (SpecFormat out : SpecFormat.values()) {
        String written = SpecWriter.write(flow, out);
        assertThat(SpecReader.read(written, out, "again").flow()).as(written).contains(flow);
      }
    }
  }

  private static Arbitrary<Out> value(int depth) {
    Arbitrary<Out> text = Arbitraries.of(TEXTS).map(Out.Text::new);
    Arbitrary<Out> number = Arbitraries.of(NUMBERS).map(Out.Number::new);
    if (depth == 0) {
      return Arbitraries.oneOf(text, number);
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, text),
        net.jqwik.api.Tuple.of(2, number),
        net.jqwik.api.Tuple.of(2, map(depth - 1).map(m -> (Out) m)),
        net.jqwik.api.Tuple.of(1, list(depth - 1)));
  }

  private static Arbitrary<Out.MapOut> map(int depth) {
    Arbitrary<Out.Entry> entry =
        Combinators.combine(Arbitraries.of(KEYS), value(depth)).as(Out.Entry::new);
    return Combinators.combine(entry.list().ofMaxSize(6), Arbitraries.of(true, false))
        .as((entries, inline) -> new Out.MapOut(unique(entries), inline));
  }

  private static Arbitrary<Out> list(int depth) {
    return Combinators.combine(value(depth).list().ofMaxSize(4), Arbitraries.of(true, false))
        .as(Out.ListOut::new);
  }

  /** JSON readers differ on repeated keys, so the generated maps have none. */
  private static List<Out.Entry> unique(List<Out.Entry> entries) {
    List<Out.Entry> kept = new ArrayList<>();
    for (Out.Entry entry : entries) {
      if (kept.stream().noneMatch(e -> e.key().equals(entry.key()))) {
        kept.add(entry);
      }
    }
    return kept;
  }
}

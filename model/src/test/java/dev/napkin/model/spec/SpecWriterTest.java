package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.dist.Distribution.Component;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecWriterTest {

  private static Flow small() {
    return Flow.of(
        "Small",
        List.of(Source.of("in", Rate.parse("10/s")), Transform.of("work"), Sink.of("out")),
        List.of(Edge.of("in", "work"), Edge.of("work", "out")));
  }

  @Test
  void writesTheSpecExampleCanonically() {
    String yaml = SpecWriter.write(SpecReaderTest.clickstream(), SpecFormat.YAML);

    assertThat(yaml)
        .isEqualTo(
            """
            napkin: 1
            name: Clickstream sessions
            description: Sessions per page for the ops dashboard.
            defaults:
              sla: {latency: 5m, percentile: 95}
            nodes:
              - id: clicks
                name: Click events
                kind: source
                tech: kafka
                rate: 2k/s
                profile: {type: diurnal, peak: 1.8, peakAt: "14:00"}
                lateness: {dist: lognormal, median: 2s, p99: 40s}
              - id: sessionize
                kind: transform
                op: aggregate
                cost: 40us
                parallelism: 4
                window: {type: tumbling, size: 1m, allowedLateness: 30s}
                keys: 500
                mode: streaming
              - id: dashboard
                kind: sink
                tech: druid
                commit: 2s
                sla: {latency: 2m, percentile: 99, completeness: 95%}
            edges:
              - {from: clicks, to: sessionize, contract: "clicks@3", transport: 5ms}
              - {from: sessionize, to: dashboard}
            execution:
              mode: streaming
              microBatch: {watermarkDelay: 5s}
            cost:
              vcpuHour: 0.048 USD
              batch: {vcpuHour: 0.06 USD}
              microBatch: {vcpuHour: 0.06 USD}
              streaming: {vcpuHour: 0.11 USD, perJobHour: 0.11 USD}
              monthly:
                clicks: 150 USD
            simulation:
              seed: 42
            layout:
              clicks: {x: 40, y: 120}
            """);
  }

  @Test
  void leavesEveryDefaultOut() {
    assertThat(SpecWriter.write(small(), SpecFormat.YAML))
        .isEqualTo(
            """
            napkin: 1
            name: Small
            nodes:
              - id: in
                kind: source
                rate: 10/s
              - id: work
                kind: transform
              - id: out
                kind: sink
            edges:
              - {from: in, to: work}
              - {from: work, to: out}
            """);
  }

  @Test
  void writesJsonIndentedByTwoSpacesWithATrailingNewline() {
    Flow flow = small().withLayout(new Layout(Map.of(NodeId.of("in"), new Point(10.5, -20))));

    assertThat(SpecWriter.write(flow, SpecFormat.JSON))
        .isEqualTo(
            """
            {
              "napkin": 1,
              "name": "Small",
              "nodes": [
                {
                  "id": "in",
                  "kind": "source",
                  "rate": "10/s"
                },
                {
                  "id": "work",
                  "kind": "transform"
                },
                {
                  "id": "out",
                  "kind": "sink"
                }
              ],
              "edges": [
                {
                  "from": "in",
                  "to": "work"
                },
                {
                  "from": "work",
                  "to": "out"
                }
              ],
              "layout": {
                "in": {
                  "x": 10.5,
                  "y": -20
                }
              }
            }
            """);
  }

  @Test
  void writesTheSameBytesAfterReadingItsOwnOutput() {
    for (SpecFormat format : SpecFormat.values()) {
      String first = SpecWriter.write(SpecReaderTest.clickstream(), format);
      Flow read = SpecReader.read(first, format, "again").flow().orElseThrow();

      assertThat(read).isEqualTo(SpecReaderTest.clickstream());
      assertThat(SpecWriter.write(read, format)).isEqualTo(first);
    }
  }

  @Test
  void movingANodeChangesOnlyItsLayoutLine() {
    Flow before = SpecReaderTest.clickstream();
    Flow after = before.withLayout(before.layout().with(NodeId.of("clicks"), new Point(41, 120)));

    List<String> linesBefore = SpecWriter.write(before, SpecFormat.YAML).lines().toList();
    List<String> linesAfter = SpecWriter.write(after, SpecFormat.YAML).lines().toList();

    assertThat(linesAfter).hasSameSizeAs(linesBefore);
    int last = linesBefore.size() - 1;
    assertThat(linesAfter.subList(0, last)).isEqualTo(linesBefore.subList(0, last));
    assertThat(linesAfter.get(last)).isEqualTo("  clicks: {x: 41, y: 120}");
  }

  @Test
  void writesLayoutAndMonthlyCostsInNodeOrderThenOtherIdsSorted() {
    Map<NodeId, Point> positions = new LinkedHashMap<>();
    positions.put(NodeId.of("zeta"), new Point(3, 3));
    positions.put(NodeId.of("out"), new Point(2, 2));
    positions.put(NodeId.of("alpha"), new Point(4, 4));
    positions.put(NodeId.of("in"), new Point(1, 1));

    String yaml = SpecWriter.write(small().withLayout(new Layout(positions)), SpecFormat.YAML);

    assertThat(yaml)
        .endsWith(
            """
            layout:
              in: {x: 1, y: 1}
              out: {x: 2, y: 2}
              alpha: {x: 4, y: 4}
              zeta: {x: 3, y: 3}
            """);
  }

  @Test
  void writesAMixtureInBlockStyle() {
    Distribution cost =
        new Distribution.Mixture(
            List.of(
                new Component(
                    0.99,
                    new Distribution.LogNormal(Duration.ofSeconds(2), Duration.ofSeconds(40))),
                new Component(0.01, Distribution.fixed(Duration.ofHours(2)))));
    Transform work =
        new Transform(
            NodeId.of("work"),
            "Work",
            Optional.of("flink"),
            Op.ENRICH,
            cost,
            Duration.ZERO,
            0.25,
            1,
            Optional.empty(),
            1,
            Optional.empty());
    Flow flow = Flow.of("Mixture", List.of(work), List.of());

    assertThat(SpecWriter.write(flow, SpecFormat.YAML))
        .isEqualTo(
            """
            napkin: 1
            name: Mixture
            nodes:
              - id: work
                name: Work
                kind: transform
                tech: flink
                op: enrich
                cost:
                  dist: mixture
                  of:
                    - {weight: 0.99, dist: lognormal, median: 2s, p99: 40s}
                    - {weight: 0.01, dist: fixed, value: 2h}
                selectivity: 0.25
            """);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Clickstream sessions | Clickstream sessions
          Café → dashboard     | Café → dashboard
          true                 | "true"
          No                   | "No"
          42                   | "42"
          1.5e3                | "1.5e3"
          2024-01-31           | "2024-01-31"
          a: b                 | "a: b"
          clicks@3             | "clicks@3"
          '#tag'               | "#tag"
          '- item'             | "- item"
          '[x]'                | "[x]"
          'it''s'              | "it's"
          """)
  void quotesTextOnlyWhenItWouldReadAsSomethingElse(String text, String written) {
    assertThat(YamlEmitter.scalar(text)).isEqualTo(written);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " lead",
        "trail ",
        "two\nlines",
        "tab\there",
        "quote \"q\"",
        "back\\slash",
        "nul\u0000",
        "bom\uFEFF",
        "emoji 😀",
        "null",
        "~",
        ".inf",
        "0x1F",
        "+5",
        "1_000",
        "{a}"
      })
  void readsBackEveryNameItWrites(String name) {
    Flow flow = Flow.of(name, List.of(), List.of());

    for (SpecFormat format : SpecFormat.values()) {
      String text = SpecWriter.write(flow, format);
      assertThat(SpecReader.read(text, format, "n").flow()).as(text).contains(flow);
    }
  }

  // 4.9E-324 is what Double.toString says on JDK 17; 5E-324 is shorter and reads back the same
  @ParameterizedTest
  @CsvSource({
    "0.1, 0.1",
    "2.0, 2",
    "-20.0, -20",
    "0.3333333333333333, 0.3333333333333333",
    "1.0E-7, 0.0000001",
    "123456789.25, 123456789.25",
    "1.0E300, 1E+300",
    "4.9E-324, 5E-324",
    "1.7976931348623157E308, 1.7976931348623157E+308"
  })
  void printsTheShortestDecimalThatReadsBackTheSameDouble(double value, String printed) {
    assertThat(SpecNumbers.format(value, "x")).isEqualTo(printed);
    assertThat(Double.parseDouble(printed)).isEqualTo(value);
  }

  @Test
  void refusesANumberASpecCannotHold() {
    Transform bad = Transform.of("work").withParallelism(1);
    Transform nan =
        new Transform(
            bad.id(),
            bad.name(),
            bad.tech(),
            bad.op(),
            bad.cost(),
            bad.overhead(),
            Double.NaN,
            1,
            Optional.empty(),
            1,
            Optional.empty());

    assertThatThrownBy(
            () -> SpecWriter.write(Flow.of("n", List.of(nan), List.of()), SpecFormat.YAML))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("selectivity is NaN, which a spec cannot hold (only finite numbers)");
  }

  @Test
  void writesMultiLineTextAsALiteralBlock() {
    Flow flow =
        new Flow(
            "Blocks",
            Optional.of("Sessions per page.\n\nFed by: clicks, views\n"),
            small().defaultSla(),
            List.of(),
            List.of(),
            small().execution(),
            small().cost(),
            small().simulation(),
            small().layout());

    String yaml = SpecWriter.write(flow, SpecFormat.YAML);

    assertThat(yaml)
        .isEqualTo(
            """
            napkin: 1
            name: Blocks
            description: |
              Sessions per page.

              Fed by: clicks, views
            nodes: []
            """);
    assertThat(SpecReader.read(yaml, SpecFormat.YAML, "b").flow()).contains(flow);
  }
}

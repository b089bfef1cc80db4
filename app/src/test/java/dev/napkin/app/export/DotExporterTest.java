package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotExporterTest {
  @Test
  void drawsASmallFlowLeftToRightWithShapesLabelsAndContracts() {
    assertThat(DotExporter.export(SmallFlows.clickstream()))
        .isEqualTo(
            """
            digraph "Clickstream" {
              graph [rankdir=LR, labelloc=t, fontname="Helvetica", label=<<b>Clickstream</b>>];
              node [fontname="Helvetica", fontsize=11, style=filled];
              edge [fontname="Helvetica", fontsize=9];
              "clicks" [shape=box, style="rounded,filled", fillcolor="#e3f2fd", color="#1e88e5", \
            fontcolor="#0d47a1", label=<<b>Click events</b><br/>kafka · 2k/s>];
              "sessionize" [shape=box, fillcolor="#f3e5f5", color="#8e24aa", fontcolor="#4a148c", \
            label=<<b>Sessions</b><br/>flink · aggregate tumbling 1m ×4>];
              "dashboard" [shape=cylinder, fillcolor="#e8f5e9", color="#43a047", fontcolor="#1b5e20", \
            label=<<b>Ops dashboard</b><br/>druid · p95 ≤ 5m>];
              "clicks" -> "sessionize" [label=<clicks@3>];
              "sessionize" -> "dashboard";
            }
            """);
  }

  @Test
  void escapesQuotesBracketsMarkupAndNewlinesInNamesAndContracts() {
    Flow flow =
        Flow.of(
            "Say \"hi\"\nto \\ all",
            List.of(
                SmallFlows.source("in", "Orders \"EU\" [v2]\n<b>&x", null),
                SmallFlows.sink("out", "out")),
            List.of(SmallFlows.contract("in", "out", "orders\"@2<x>")));

    String dot = DotExporter.export(flow);

    assertThat(dot.lines().toList())
        .contains(
            "digraph \"Say \\\"hi\\\" to \\\\ all\" {",
            "  graph [rankdir=LR, labelloc=t, fontname=\"Helvetica\","
                + " label=<<b>Say &quot;hi&quot;<br/>to \\ all</b>>];",
            "  \"in\" [shape=box, style=\"rounded,filled\", fillcolor=\"#e3f2fd\","
                + " color=\"#1e88e5\", fontcolor=\"#0d47a1\","
                + " label=<<b>Orders &quot;EU&quot; [v2]<br/>&lt;b&gt;&amp;x</b><br/>2k/s>];",
            "  \"in\" -> \"out\" [label=<orders&quot;@2&lt;x&gt;>];");
  }
}

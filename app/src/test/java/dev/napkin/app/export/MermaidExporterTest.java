package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidExporterTest {
  @Test
  void drawsASmallFlowLeftToRightWithShapesLabelsContractsAndClasses() {
    assertThat(MermaidExporter.export(SmallFlows.clickstream()))
        .isEqualTo(
            """
            ---
            title: "Clickstream"
            ---
            flowchart LR
              n_clicks(["Click events<br/>kafka · 2k/s"]):::source
              n_sessionize["Sessions<br/>flink · aggregate tumbling 1m ×4"]:::transform
              n_dashboard[("Ops dashboard<br/>druid · p95 ≤ 5m")]:::sink
              n_clicks -->|"clicks@3"| n_sessionize
              n_sessionize --> n_dashboard
              classDef source fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1
              classDef transform fill:#f3e5f5,stroke:#8e24aa,color:#4a148c
              classDef sink fill:#e8f5e9,stroke:#43a047,color:#1b5e20
            """);
  }

  @Test
  void escapesQuotesBracketsMarkupAndNewlinesInNamesAndContracts() {
    Flow flow =
        Flow.of(
            "Say \"hi\"\nto \\ all",
            List.of(
                SmallFlows.source("in", "Orders \"EU\" [v2]\n<b>&#1|`x`\\", null),
                SmallFlows.sink("out", "end")),
            List.of(SmallFlows.contract("in", "out", "orders\"@2|x")));

    assertThat(MermaidExporter.export(flow))
        .isEqualTo(
            """
            ---
            title: "Say \\"hi\\" to \\\\ all"
            ---
            flowchart LR
              n_in(["Orders #quot;EU#quot; [v2]<br/>#60;b#62;#38;#35;1#124;#96;x#96;#92;<br/>2k/s"]):::source
              n_out[("end<br/>no SLA")]:::sink
              n_in -->|"orders#quot;@2#124;x"| n_out
              classDef source fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1
              classDef transform fill:#f3e5f5,stroke:#8e24aa,color:#4a148c
              classDef sink fill:#e8f5e9,stroke:#43a047,color:#1b5e20
            """);
  }

  @Test
  void givesIdsThatDifferOnlyInHyphensDistinctMermaidIds() {
    Flow flow =
        Flow.of(
            "ids",
            List.of(
                SmallFlows.source("a-b", "first", null),
                SmallFlows.source("a_b", "second", null),
                SmallFlows.source("a_b_2", "third", null)),
            List.of());

    assertThat(MermaidExporter.mermaidIds(flow).values())
        .containsExactlyInAnyOrder("n_a_b", "n_a_b_2", "n_a_b_2_2");
  }

  @Test
  void exportsTheSameTextEveryTime() {
    Flow flow = SmallFlows.clickstream();

    assertThat(MermaidExporter.export(flow)).isEqualTo(MermaidExporter.export(flow));
  }
}

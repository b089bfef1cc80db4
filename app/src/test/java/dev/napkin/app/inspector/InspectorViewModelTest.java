package dev.napkin.app.inspector;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.app.editor.ElkLayout;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.testing.Flows;
import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectorViewModelTest {
  private final FlowDocument document = new FlowDocument(Flows.chain(), Optional.empty());
  private final EditorViewModel editor = new EditorViewModel(document, new ElkLayout(180, 80));
  private final InspectorViewModel inspector = new InspectorViewModel(editor);

  private Field field(String name) {
    return inspector.field(name).orElseThrow(() -> new AssertionError("no field " + name));
  }

  @Test
  void showsTheFlowWhenNothingIsSelected() {
    assertThat(inspector.titleProperty().get()).isEqualTo("Chain");
    assertThat(inspector.fields())
        .extracting(Field::category)
        .containsSubsequence("General", "SLA", "Execution", "Cost", "Simulation");
  }

  @Test
  void showsASelectedNodeGroupedByCategory() {
    editor.selection().selectOnly(id("clicks"));

    assertThat(inspector.subtitleProperty().get()).isEqualTo("Source · clicks");
    assertThat(field("Rate").text()).isEqualTo("2k/s");
    assertThat(field("Rate").category()).isEqualTo("Workload");
    assertThat(field("Id").editable()).isFalse();
  }

  @Test
  void anAcceptedEditIsOneUndoableCommand() {
    editor.selection().selectOnly(id("clicks"));
    assertThat(inspector.commit(field("Rate"), "5k/s")).isEmpty();

    Source clicks = (Source) editor.flow().node(id("clicks")).orElseThrow();
    assertThat(clicks.rate()).isEqualTo(Rate.parse("5k/s"));
    assertThat(field("Rate").text()).isEqualTo("5k/s");
    assertThat(document.history().undoableLabels()).containsExactly("Set rate of clicks");
    editor.undo();
    assertThat(editor.flow()).isEqualTo(Flows.chain());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          clicks     | Rate        | 2 k/s  | "2 k/s" is not a rate (try 2k/s)
          clicks     | Record size | 1 KB B | "1 KB B" is not a size
          sessionize | Parallelism | 0      | parallelism must be a whole number of at least 1, not "0"
          sessionize | Cost        | 40 us  | "40 us" is not a duration (try 40us)
          sessionize | Selectivity | -1     | selectivity must be between 0 and 1000000, not -1
          dashboard  | Percentile  | 100    | percentile must be above 0 and below 100, not 100
          """)
  void refusesBadInputWithTheSpecsMessageAndChangesNothing(
      String node, String name, String input, String message) {
    editor.selection().selectOnly(id(node));

    Optional<String> refusal = inspector.commit(field(name), input);

    assertThat(refusal).isPresent();
    assertThat(refusal.get()).startsWith(message);
    assertThat(field(name).problem(input)).isEqualTo(refusal);
    assertThat(editor.flow()).isEqualTo(Flows.chain());
  }

  @Test
  void distributionsAreEditedAsOneLine() {
    editor.selection().selectOnly(id("sessionize"));
    inspector.commit(field("Cost"), "lognormal 2ms p99 40ms");

    Transform t = (Transform) editor.flow().node(id("sessionize")).orElseThrow();
    assertThat(t.cost())
        .isEqualTo(new Distribution.LogNormal(Duration.ofMillis(2), Duration.ofMillis(40)));
    assertThat(field("Cost").text()).isEqualTo("lognormal 2ms p99 40ms");
  }

  @Test
  void choosingAggregateAddsAWindowAndItsFields() {
    editor.selection().selectOnly(id("sessionize"));
    inspector.commit(field("Operation"), "aggregate");

    Transform t = (Transform) editor.flow().node(id("sessionize")).orElseThrow();
    assertThat(t.window()).contains(Window.tumbling(Duration.ofMinutes(1), Duration.ZERO));
    assertThat(field("Window size").text()).isEqualTo("1m");
    assertThat(inspector.field("Selectivity")).isEmpty();
  }

  @Test
  void aModeCanBeSetAndReturnedToTheFlowDefault() {
    editor.selection().selectOnly(id("sessionize"));
    inspector.commit(field("Mode"), "streaming");
    assertThat(((Transform) editor.flow().node(id("sessionize")).orElseThrow()).mode())
        .contains(ExecutionMode.STREAMING);

    inspector.commit(field("Mode"), TransformFields.FLOW_DEFAULT);
    assertThat(((Transform) editor.flow().node(id("sessionize")).orElseThrow()).mode()).isEmpty();
  }

  @Test
  void blankSinkSlaFieldsFallBackToTheFlowDefault() {
    editor.selection().clear();
    inspector.commit(field("Default latency"), "5m");
    editor.selection().selectOnly(id("dashboard"));
    assertThat(field("Effective SLA").text()).isEqualTo("p95 ≤ 5m");

    inspector.commit(field("Latency"), "2m");
    inspector.commit(field("Percentile"), "99");
    Sink sink = (Sink) editor.flow().node(id("dashboard")).orElseThrow();
    assertThat(sink.sla().latency()).contains(Duration.ofMinutes(2));
    assertThat(field("Effective SLA").text()).isEqualTo("p99 ≤ 2m");
  }

  @Test
  void edgesShowTheirContract() {
    EdgeKey key = new EdgeKey(id("clicks"), id("sessionize"));
    editor.selection().selectOnly(key);
    inspector.commit(field("Contract"), "clicks@3");

    assertThat(editor.edge(key).orElseThrow().contract()).contains("clicks@3");
    assertThat(inspector.titleProperty().get()).isEqualTo("clicks → sessionize");
  }

  @Test
  void monthlyCostIsAFlowSettingEditedFromTheNode() {
    editor.selection().selectOnly(id("clicks"));
    inspector.commit(field("Monthly cost"), "150 USD");

    assertThat(editor.flow().cost().monthly())
        .containsEntry(id("clicks"), dev.napkin.model.unit.Money.parse("150 USD"));
    assertThat(field("Monthly cost").text()).isEqualTo("150 USD");
  }
}

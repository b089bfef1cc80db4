package dev.napkin.app.editor;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.testing.Flows;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Transform;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {
  private final Flow start = Flows.chain();
  private final FlowDocument document = new FlowDocument(start, Optional.empty());
  private final EditorViewModel editor = new EditorViewModel(document, new ElkLayout(180, 80));

  private List<NodeId> ids() {
    return editor.flow().nodes().stream().map(Node::id).toList();
  }

  @Test
  void addGivesAFreshIdAndSelectsTheNewNode() {
    NodeId first = editor.add(Transform.of("sessionize"), new Point(300, 300));
    NodeId second = editor.add(Transform.of("sessionize"), new Point(300, 300));

    assertThat(first).isEqualTo(id("sessionize-2"));
    assertThat(second).isEqualTo(id("sessionize-3"));
    assertThat(editor.positionOf(second)).isEqualTo(new Point(300, 300 + NodeView.HEIGHT + 24));
    assertThat(editor.selection().nodes()).containsExactly(second);
  }

  @Test
  void connectAddsAnEdgeAndUndoRemovesIt() {
    editor.add(Sink.of("lake"), new Point(560, 300));
    assertThat(editor.connect(id("sessionize"), id("lake"))).isEmpty();
    assertThat(editor.flow().edges()).contains(Edge.of("sessionize", "lake"));

    editor.undo();
    assertThat(editor.flow().edges()).doesNotContain(Edge.of("sessionize", "lake"));
  }

  @Test
  void refusedConnectionsSayWhy() {
    editor.add(Transform.of("enrich"), new Point(300, 300));
    editor.connect(id("sessionize"), id("enrich"));

    assertThat(editor.connect(id("dashboard"), id("enrich")))
        .contains("dashboard is a sink: sinks have no outputs");
    assertThat(editor.connect(id("sessionize"), id("clicks")))
        .contains("clicks is a source: sources have no inputs");
    assertThat(editor.connect(id("clicks"), id("sessionize")))
        .contains("clicks → sessionize already exists");
    assertThat(editor.connect(id("enrich"), id("sessionize")))
        .contains("That would close a cycle: sessionize → enrich → sessionize");
    assertThat(editor.connect(id("enrich"), id("enrich"))).contains("A node cannot feed itself");
    assertThat(editor.noticeProperty().get().text()).isEqualTo("A node cannot feed itself");
    assertThat(editor.flow().edges()).hasSize(3);
  }

  @Test
  void deleteRemovesSelectedNodesWithTheirEdgesInOneStep() {
    editor.selection().set(List.of(id("sessionize"), id("dashboard")), List.of());
    editor.deleteSelection();

    assertThat(ids()).containsExactly(id("clicks"));
    assertThat(editor.flow().edges()).isEmpty();
    assertThat(editor.selection().isEmpty()).isTrue();
    editor.undo();
    assertThat(editor.flow()).isEqualTo(start);
  }

  @Test
  void aDragOfSeveralNodesIsOneUndoStep() {
    editor.selection().set(List.of(id("clicks"), id("sessionize")), List.of());
    long gesture = editor.beginMove();
    editor.moveTo(gesture, 10, 5);
    editor.moveTo(gesture, 20, 10);
    editor.moveTo(gesture, 35, 15);
    editor.endMove();

    assertThat(editor.positionOf(id("clicks"))).isEqualTo(new Point(75, 115));
    assertThat(editor.positionOf(id("sessionize"))).isEqualTo(new Point(335, 115));
    assertThat(document.history().undoableLabels()).containsExactly("Move 2 nodes");
    editor.undo();
    assertThat(editor.flow()).isEqualTo(start);
  }

  @Test
  void snapToGridRoundsDraggedPositions() {
    editor.snapToGridProperty().set(true);
    editor.selection().selectOnly(id("clicks"));
    long gesture = editor.beginMove();
    editor.moveTo(gesture, 13, 29);

    assertThat(editor.positionOf(id("clicks"))).isEqualTo(new Point(60, 120));
  }

  @Test
  void pastedCopiesGetUniqueIdsAndKeepTheirInnerEdges() {
    editor.selection().set(List.of(id("clicks"), id("sessionize")), List.of());
    editor.copy();
    editor.paste();
    editor.paste();

    assertThat(ids())
        .containsExactly(
            id("clicks"),
            id("sessionize"),
            id("dashboard"),
            id("clicks-2"),
            id("sessionize-2"),
            id("clicks-3"),
            id("sessionize-3"));
    assertThat(editor.flow().edges())
        .contains(Edge.of("clicks-2", "sessionize-2"), Edge.of("clicks-3", "sessionize-3"));
    assertThat(editor.positionOf(id("clicks-3"))).isEqualTo(new Point(100, 160));
    assertThat(editor.selection().nodes())
        .containsExactlyInAnyOrder(id("clicks-3"), id("sessionize-3"));
  }

  @Test
  void cutRemovesAndPasteBringsBack() {
    editor.selection().selectOnly(id("dashboard"));
    editor.cut();
    assertThat(ids()).doesNotContain(id("dashboard"));
    editor.paste();
    assertThat(ids()).contains(id("dashboard"));
    assertThat(document.history().undoableLabels()).containsExactly("Cut", "Paste");
  }

  @Test
  void duplicateCopiesTheSelectionWithoutTouchingTheClipboard() {
    editor.selection().selectOnly(id("sessionize"));
    editor.duplicate();

    assertThat(ids()).contains(id("sessionize-2"));
    assertThat(editor.canPaste()).isFalse();
  }

  @Test
  void renameChangesTheDisplayNameOnly() {
    assertThat(editor.rename(id("clicks"), "  Click events ")).isTrue();
    Node renamed = editor.flow().node(id("clicks")).orElseThrow();

    assertThat(renamed.name()).isEqualTo("Click events");
    assertThat(renamed.id()).isEqualTo(id("clicks"));
    assertThat(editor.rename(id("clicks"), "   ")).isFalse();
    assertThat(editor.noticeProperty().get().text()).isEqualTo("A name cannot be empty");
  }

  @Test
  void lineageOfASelectedNodeIsItsUpstreamAndDownstream() {
    editor.add(Sink.of("lake"), new Point(560, 300));
    editor.connect(id("clicks"), id("lake"));
    editor.add(Transform.of("orphan"), new Point(0, 400));

    editor.selection().selectOnly(id("sessionize"));
    assertThat(editor.lineageProperty().get())
        .containsExactlyInAnyOrder(id("clicks"), id("sessionize"), id("dashboard"));
    editor.selection().clear();
    assertThat(editor.lineageProperty().get()).isEmpty();
  }

  @Test
  void autoLayoutPlacesLeftToRightKeepingPinnedNodes() {
    editor.selection().selectOnly(id("dashboard"));
    editor.togglePinSelection();
    editor.autoLayout();

    Point clicks = editor.positionOf(id("clicks"));
    Point sessionize = editor.positionOf(id("sessionize"));
    assertThat(clicks.x()).isLessThan(sessionize.x());
    assertThat(editor.positionOf(id("dashboard"))).isEqualTo(new Point(560, 100));
    assertThat(document.history().undoableLabels()).containsExactly("Auto-layout");
  }

  @Test
  void openPlacesNodesTheFileGaveNoPosition() {
    Flow bare = start.withLayout(dev.napkin.model.flow.Layout.EMPTY);
    editor.open(bare, Optional.empty());

    assertThat(editor.flow().layout().positions().keySet())
        .isEqualTo(Set.of(id("clicks"), id("sessionize"), id("dashboard")));
    assertThat(document.isDirty()).isFalse();
  }

  @Test
  void selectingAnEdgeHighlightsItsLineage() {
    editor.selection().selectOnly(new EdgeKey(id("clicks"), id("sessionize")));
    assertThat(editor.lineageProperty().get()).hasSize(3);
  }
}

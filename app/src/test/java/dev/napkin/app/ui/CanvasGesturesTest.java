package dev.napkin.app.ui;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class CanvasGesturesTest extends EditorUiTest {
  @Start
  void start(Stage stage) {
    open(stage);
  }

  private List<NodeId> ids() {
    return editor().flow().nodes().stream().map(Node::id).toList();
  }

  @Test
  void doubleClickInThePaletteAddsANodeInView(FxRobot robot) {
    robot.doubleClickOn("#palette-kafka");
    settle();

    assertThat(ids()).contains(id("kafka"));
    assertThat(editor().selection().nodes()).containsExactly(id("kafka"));
    assertThat(canvas().viewOf(id("kafka"))).isPresent();
  }

  @Test
  void dragFromThePaletteDropsANodeWhereReleased(FxRobot robot) {
    Point2D target = screenAt(400, 400);
    robot.drag("#palette-dashboard").dropTo(target);
    settle();

    assertThat(ids()).contains(id("dashboard-2"));
    Point at = position("dashboard-2");
    assertThat(at.x()).isBetween(250.0, 400.0);
    assertThat(at.y()).isBetween(300.0, 400.0);
  }

  @Test
  void dragFromAnOutputPortToACardConnectsThem(FxRobot robot) {
    exec(robot, () -> editor().add(dev.napkin.model.flow.Sink.of("lake"), new Point(560, 300)));
    javafx.scene.Node port = canvas().outputPortOf(id("sessionize")).orElseThrow();

    robot.drag(center(port), MouseButton.PRIMARY).dropTo(center(card("lake")));
    settle();

    assertThat(editor().flow().edges()).contains(Edge.of("sessionize", "lake"));
  }

  @Test
  void aConnectionIntoASourceIsRefusedWithAVisibleReason(FxRobot robot) {
    javafx.scene.Node port = canvas().outputPortOf(id("sessionize")).orElseThrow();

    robot.drag(center(port), MouseButton.PRIMARY).dropTo(center(card("clicks")));
    settle();

    assertThat(editor().flow().edges()).hasSize(2);
    Label toast = robot.lookup(".canvas-toast").queryAs(Label.class);
    assertThat(toast.getText()).isEqualTo("clicks is a source: sources have no inputs");
    assertThat(toast.getOpacity()).isGreaterThan(0);
  }

  @Test
  void shiftClickSelectsSeveralAndDraggingMovesThemAllInOneUndoStep(FxRobot robot) {
    robot.clickOn(card("clicks"));
    robot.press(KeyCode.SHIFT).clickOn(card("sessionize")).release(KeyCode.SHIFT);
    assertThat(editor().selection().nodes())
        .containsExactlyInAnyOrder(id("clicks"), id("sessionize"));

    Point2D from = center(card("clicks"));
    robot.drag(from, MouseButton.PRIMARY).moveBy(60, 20).moveBy(40, 20).drop();
    settle();

    assertThat(position("clicks")).isEqualTo(new Point(140, 140));
    assertThat(position("sessionize")).isEqualTo(new Point(400, 140));
    assertThat(editor().document().history().undoableLabels()).containsExactly("Move 2 nodes");
  }

  @Test
  void shiftDragOnEmptyCanvasSelectsWithARubberBand(FxRobot robot) {
    Point2D start = screenAt(20, 60);
    Point2D end = screenAt(520, 220);
    robot.press(KeyCode.SHIFT);
    robot.drag(start, MouseButton.PRIMARY).dropTo(end);
    robot.release(KeyCode.SHIFT);
    settle();

    assertThat(editor().selection().nodes())
        .containsExactlyInAnyOrder(id("clicks"), id("sessionize"));
  }

  @Test
  void deleteKeyRemovesTheSelectionAndUndoBringsItBack(FxRobot robot) {
    robot.clickOn(card("sessionize"));
    robot.type(KeyCode.DELETE);
    settle();
    assertThat(ids()).containsExactly(id("clicks"), id("dashboard"));
    assertThat(canvas().viewOf(id("sessionize"))).isEmpty();

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    settle();
    assertThat(editor().flow()).isEqualTo(flow());
  }

  @Test
  void copyAndPasteMakeUniqueIds(FxRobot robot) {
    robot.clickOn(card("clicks"));
    robot.press(KeyCode.SHIFT).clickOn(card("sessionize")).release(KeyCode.SHIFT);
    robot
        .press(KeyCode.CONTROL)
        .type(KeyCode.C)
        .type(KeyCode.V)
        .type(KeyCode.V)
        .release(KeyCode.CONTROL);
    settle();

    assertThat(ids())
        .containsExactly(
            id("clicks"),
            id("sessionize"),
            id("dashboard"),
            id("clicks-2"),
            id("sessionize-2"),
            id("clicks-3"),
            id("sessionize-3"));
    assertThat(editor().flow().edges()).contains(Edge.of("clicks-3", "sessionize-3"));
  }

  @Test
  void undoAndRedoWalkAChainOfEdits(FxRobot robot) {
    robot.clickOn(card("dashboard"));
    robot.type(KeyCode.DELETE);
    robot.clickOn(card("clicks"));
    robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
    robot.type(KeyCode.RIGHT);
    settle();
    var afterAll = editor().flow();

    robot.press(KeyCode.CONTROL).type(KeyCode.Z, 3).release(KeyCode.CONTROL);
    settle();
    assertThat(editor().flow()).isEqualTo(flow());
    assertThat(fixture.window.editor().document().isDirty()).isFalse();

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.Z, 3)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    settle();
    assertThat(editor().flow()).isEqualTo(afterAll);
    assertThat(stage.getTitle()).isEqualTo("chain.yaml • — Napkin");
  }

  @Test
  void f2RenamesInPlaceKeepingTheId(FxRobot robot) {
    robot.clickOn(card("sessionize"));
    robot.type(KeyCode.F2);
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("Page sessions").type(KeyCode.ENTER);
    settle();

    Node node = editor().flow().node(id("sessionize")).orElseThrow();
    assertThat(node.name()).isEqualTo("Page sessions");
    assertThat(robot.lookup(".node-title").queryAllAs(javafx.scene.text.Text.class))
        .extracting(javafx.scene.text.Text::getText)
        .contains("Page sessions");
  }

  @Test
  void lKeyLaysTheFlowOutLeftToRight(FxRobot robot) {
    exec(
        robot,
        () -> {
          editor().selection().selectOnly(id("dashboard"));
          editor().nudge(-600, 300);
          editor().selection().clear();
        });
    robot.clickOn(canvas(), MouseButton.PRIMARY);
    robot.type(KeyCode.L);
    settle();

    assertThat(position("clicks").x()).isLessThan(position("sessionize").x());
    assertThat(position("sessionize").x()).isLessThan(position("dashboard").x());
    assertThat(editor().document().history().undoableLabels()).endsWith("Auto-layout");
  }

  @Test
  void selectingANodeDimsWhatIsNotInItsLineage(FxRobot robot) {
    exec(
        robot,
        () -> editor().add(dev.napkin.model.flow.Transform.of("orphan"), new Point(300, 400)));
    robot.clickOn(card("sessionize"));
    settle();

    assertThat(card("orphan").getOpacity()).isLessThan(0.5);
    assertThat(card("clicks").getOpacity()).isEqualTo(1.0);
    assertThat(card("dashboard").getOpacity()).isEqualTo(1.0);
  }

  @Test
  void ctrlWheelZoomsAndDraggingEmptySpacePans(FxRobot robot) {
    double tx = canvas().viewport().translateXProperty().get();
    Point2D empty = canvas().localToScreen(canvas().getWidth() / 2, canvas().getHeight() - 30);
    robot.drag(empty, MouseButton.PRIMARY).moveBy(80, 0).drop();
    settle();
    assertThat(canvas().viewport().translateXProperty().get()).isEqualTo(tx + 80);

    robot.moveTo(screenAt(300, 300));
    robot
        .press(KeyCode.CONTROL)
        .scroll(3, javafx.geometry.VerticalDirection.UP)
        .release(KeyCode.CONTROL);
    settle();
    assertThat(canvas().viewport().scale()).isNotEqualTo(1.0);

    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    settle();
    assertThat(canvas().viewport().scale()).isLessThanOrEqualTo(1.0);
  }
}

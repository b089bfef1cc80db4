package dev.napkin.app.ui;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Transform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class InspectorEditTest extends EditorUiTest {
  @Start
  void start(Stage stage) {
    open(stage);
  }

  private Transform sessionize() {
    return (Transform) editor().flow().node(id("sessionize")).orElseThrow();
  }

  private void replaceText(FxRobot robot, String query, String text) {
    robot.doubleClickOn(query);
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write(text);
  }

  @Test
  void typingAValueAndEnterAppliesItAsOneUndoableStep(FxRobot robot) {
    robot.clickOn(card("sessionize"));
    robot.clickOn("Processing");
    replaceText(robot, "#field-parallelism", "4");
    robot.type(KeyCode.ENTER);
    settle();

    assertThat(sessionize().parallelism()).isEqualTo(4);
    assertThat(editor().document().history().undoableLabels())
        .containsExactly("Set parallelism of sessionize");
    assertThat(robot.lookup(".node-figure").queryAllAs(javafx.scene.text.Text.class))
        .extracting(javafx.scene.text.Text::getText)
        .contains("100us/rec · ×4");
  }

  @Test
  void aBadValueIsDecoratedAndNotApplied(FxRobot robot) {
    robot.clickOn(card("sessionize"));
    robot.clickOn("Processing");
    replaceText(robot, "#field-cost", "40 us");
    robot.type(KeyCode.ENTER);
    settle();

    assertThat(sessionize()).isEqualTo(flow().node(id("sessionize")).orElseThrow());
    TextField field = robot.lookup("#field-cost").queryAs(TextField.class);
    assertThat(field.getText()).isEqualTo("40 us");
    assertThat(
            robot.lookup(".graphic-label").tryQuery().isPresent()
                || !field.getStyleClass().isEmpty())
        .isTrue();
    assertThat(editor().document().isDirty()).isFalse();

    robot.type(KeyCode.ESCAPE);
    settle();
    assertThat(field.getText()).isEqualTo("100us");
  }

  @Test
  void unitAwareInputIsShownCanonically(FxRobot robot) {
    robot.clickOn(card("clicks"));
    robot.clickOn("Workload");
    replaceText(robot, "#field-rate", "7200/h");
    robot.type(KeyCode.ENTER);
    replaceText(robot, "#field-record-size", "2KiB");
    robot.type(KeyCode.ENTER);
    settle();

    assertThat(robot.lookup("#field-rate").queryAs(TextField.class).getText()).isEqualTo("7.2k/h");
    assertThat(editor().document().history().undoableLabels())
        .containsExactly("Set rate of clicks", "Set record size of clicks");
  }
}

package dev.napkin.app.ui;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.validate.Issue;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class PanelsTest extends EditorUiTest {
  @Start
  void start(Stage stage) {
    open(stage);
  }

  @Test
  void clickingAProblemSelectsWhatItConcerns(FxRobot robot) {
    @SuppressWarnings("unchecked")
    ListView<Issue> list = robot.lookup(".problems-list").queryAs(ListView.class);
    int row = 0;
    while (list.getItems().get(row).node().isEmpty()) {
      row++;
    }
    var concerned = list.getItems().get(row).node().get();

    robot.clickOn(
        robot.lookup(".problems-list .list-cell").nth(row).queryAs(javafx.scene.Node.class));
    settle();

    assertThat(editor().selection().nodes()).containsExactly(concerned);
  }

  @Test
  void clickingAnEdgeSelectsIt(FxRobot robot) {
    robot.clickOn(screenAt(40 + 188 + 36, 100 + 38));
    settle();
    assertThat(editor().selection().edges())
        .containsExactly(new EdgeKey(id("clicks"), id("sessionize")));
    assertThat(fixture.window.inspector().titleProperty().get()).isEqualTo("clicks → sessionize");
  }

  @Test
  void ctrlFFindsANodeByName(FxRobot robot) {
    robot.clickOn(card("clicks"));
    robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    robot.write("dashboard").type(KeyCode.ENTER);
    settle();
    assertThat(editor().selection().nodes()).containsExactly(id("dashboard"));
  }

  @Test
  void theDarkThemeIsRemembered(FxRobot robot) {
    robot.clickOn("View").clickOn("Dark Theme");
    settle();
    assertThat(fixture.settings.get("theme")).contains("dark");
    assertThat(stage.getScene().getRoot().getStyleClass()).contains("dark");
  }
}

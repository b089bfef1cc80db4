package dev.napkin.app.ui;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.files.DocumentStore;
import dev.napkin.app.files.FileDialogs;
import dev.napkin.app.files.SpecDocumentStore;
import dev.napkin.app.testing.EditorFixture;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.SpecFormat;
import dev.napkin.model.spec.SpecWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class FilesUiTest extends EditorUiTest {
  @Start
  void start(Stage stage) {
    open(stage);
  }

  @Override
  DocumentStore store() {
    return new SpecDocumentStore();
  }

  private void ctrl(FxRobot robot, KeyCode... keys) {
    robot.press(KeyCode.CONTROL).type(keys).release(KeyCode.CONTROL);
    settle();
  }

  @Test
  void saveThenOpenGivesBackTheSameFlow(FxRobot robot) throws Exception {
    Path file = folder.resolve("saved.yaml");
    robot.clickOn(card("clicks"));
    robot.type(KeyCode.RIGHT);
    fixture.dialogs.files.add(Optional.of(file));
    ctrl(robot, KeyCode.S);
    Flow saved = editor().flow();

    assertThat(Files.readString(file)).isEqualTo(SpecWriter.write(saved, SpecFormat.YAML));
    assertThat(stage.getTitle()).isEqualTo("saved.yaml — Napkin");

    robot.type(KeyCode.DELETE);
    fixture.dialogs.unsavedAnswers.add(FileDialogs.Unsaved.DISCARD);
    fixture.dialogs.files.add(Optional.of(file));
    ctrl(robot, KeyCode.O);

    assertThat(editor().flow()).isEqualTo(saved);
    assertThat(stage.getTitle()).isEqualTo("saved.yaml — Napkin");
    assertThat(fixture.dialogs.asked)
        .containsExactly("save as chain.yaml", "unsaved saved.yaml", "open");
  }

  @Test
  void fileExportMenuWritesThePictureAndSaysSo(FxRobot robot) throws Exception {
    Path file = folder.resolve("chain.svg");
    fixture.dialogs.files.add(Optional.of(file));
    javafx.scene.control.Menu export = exportMenu();

    assertThat(export.getItems().stream().map(javafx.scene.control.MenuItem::getId))
        .containsExactly(
            "export-yaml",
            "export-json",
            "export-mermaid",
            "export-dot",
            "export-svg",
            "export-png",
            "export-openlineage",
            "export-markdown",
            "export-html",
            "export-csv");
    javafx.scene.control.MenuItem svg =
        export.getItems().stream().filter(i -> i.getId().equals("export-svg")).findFirst().get();
    exec(robot, svg::fire);

    assertThat(fixture.dialogs.asked).containsExactly("save as chain.svg");
    assertThat(Files.readString(file)).contains("id=\"node-clicks\"");
    assertThat(
            robot.lookup(".status-line").queryAs(org.controlsfx.control.StatusBar.class).getText())
        .isEqualTo("Exported chain.svg");
  }

  private javafx.scene.control.Menu exportMenu() {
    javafx.scene.control.MenuBar bar =
        (javafx.scene.control.MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
    return bar.getMenus().get(0).getItems().stream()
        .filter(i -> "export-menu".equals(i.getId()))
        .map(javafx.scene.control.Menu.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
    robot.clickOn(card("clicks"));
    robot.type(KeyCode.DELETE);
    fixture.dialogs.unsavedAnswers.add(FileDialogs.Unsaved.CANCEL);

    exec(robot, () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

    assertThat(stage.isShowing()).isTrue();
    assertThat(fixture.dialogs.asked).containsExactly("unsaved chain.yaml");
  }

  @Test
  void afterACrashTheNextStartOffersToRestoreUnsavedWork(FxRobot robot) {
    robot.clickOn(card("sessionize"));
    robot.type(KeyCode.DELETE);
    exec(robot, () -> fixture.window.documents().autosave());
    Flow unsaved = editor().flow();

    // Simulated crash: the window goes away without closing; a new start uses the same folder.
    EditorFixture[] next = new EditorFixture[1];
    exec(
        robot,
        () -> {
          stage.hide();
          next[0] = new EditorFixture(stage, store(), folder);
          next[0].window.show(Optional.empty());
        });
    assertThat(next[0].window.editor().flow()).isNotEqualTo(unsaved);
    robot.sleep(600); // the banner slides in

    robot.clickOn(
        robot
            .lookup(".notification-bar .button")
            .lookup((Button b) -> b.getText().equals("Restore"))
            .queryButton());
    settle();

    assertThat(next[0].window.editor().flow()).isEqualTo(unsaved);
    assertThat(next[0].window.editor().document().isDirty()).isTrue();
    assertThat(next[0].window.editor().flow().node(id("sessionize"))).isEmpty();
  }
}

package dev.napkin.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.files.DocumentStore;
import dev.napkin.app.files.SpecDocumentStore;
import dev.napkin.app.testing.Flows;
import dev.napkin.app.testing.HeldExecutor;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.SpecFormat;
import dev.napkin.model.spec.SpecWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a file on a worker the test holds back: the window shows progress, then the flow. */
class BackgroundOpenUiTest extends EditorUiTest {
  private final HeldExecutor worker = new HeldExecutor();

  @Start
  void start(Stage stage) {
    open(stage);
  }

  @Override
  DocumentStore store() {
    return new SpecDocumentStore();
  }

  @Override
  Executor fileWorker() {
    return worker;
  }

  private Path otherFile() throws Exception {
    Flow chain = Flows.chain();
    Flow other = Flow.of("Other", chain.nodes(), chain.edges()).withLayout(chain.layout());
    Path file = folder.resolve("other.yaml");
    Files.writeString(file, SpecWriter.write(other, SpecFormat.YAML));
    return file;
  }

  /** Half a second after the work began; later on a busy machine, whose pulses come late. */
  private static void waitUntilShown(HBox slot) throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, slot::isVisible);
    settle();
  }

  private HBox slot(FxRobot robot) {
    return robot.lookup("#progress-slot").queryAs(HBox.class);
  }

  @Test
  void openingAFileShowsProgressAfterHalfASecondThenTheFlow(FxRobot robot) throws Exception {
    Path file = otherFile();
    Flow before = editor().flow();

    HBox slot = slot(robot);
    boolean[] shownAtOnce = {true};
    exec(
        robot,
        () -> {
          fixture.window.documents().openFile(file);
          shownAtOnce[0] = slot.isVisible();
        });
    assertThat(shownAtOnce[0]).isFalse(); // quick work never flashes a bar
    waitUntilShown(slot);

    assertThat(slot.isVisible()).isTrue();
    assertThat(robot.lookup("#progress-title").queryAs(Label.class).getText())
        .isEqualTo("Opening other.yaml…");
    assertThat(robot.lookup("#progress-cancel").queryButton().isVisible()).isTrue();
    assertThat(editor().flow()).isSameAs(before);

    worker.runAll();
    settle();

    assertThat(slot(robot).isVisible()).isFalse();
    assertThat(editor().flow().name()).isEqualTo("Other");
    assertThat(stage.getTitle()).isEqualTo("other.yaml — Napkin");
  }

  @Test
  void cancelInTheStatusBarKeepsTheFlowThatIsOpen(FxRobot robot) throws Exception {
    Path file = otherFile();
    Flow before = editor().flow();
    exec(robot, () -> fixture.window.documents().openFile(file));
    waitUntilShown(slot(robot));

    robot.clickOn("#progress-cancel");
    settle();
    worker.runAll();
    settle();

    assertThat(slot(robot).isVisible()).isFalse();
    assertThat(editor().flow()).isSameAs(before);
    assertThat(stage.getTitle()).isEqualTo("chain.yaml — Napkin");
  }
}

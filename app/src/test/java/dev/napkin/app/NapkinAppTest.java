package dev.napkin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NapkinAppTest {
  @TempDir static Path home;
  private Stage stage;

  @Start
  void start(Stage stage) {
    System.setProperty("napkin.home", home.toString());
    this.stage = stage;
    new NapkinApp().start(stage);
  }

  @AfterAll
  static void forgetHome() {
    System.clearProperty("napkin.home");
  }

  @Test
  void opensWithTheClickstreamExampleTitledByItsFile(FxRobot robot) {
    assertThat(stage.getTitle()).isEqualTo("clickstream.yaml — Napkin");
    assertThat(stage.isShowing()).isTrue();
    assertThat(robot.lookup(".node-view").queryAll()).hasSizeGreaterThan(2);
  }
}

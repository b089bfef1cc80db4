package dev.napkin.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NapkinAppTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new NapkinApp().start(stage);
  }

  @Test
  void opensAWindowTitledNapkin() {
    assertThat(stage.getTitle()).endsWith("Napkin");
    assertThat(stage.isShowing()).isTrue();
  }
}

package dev.napkin.app.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The status bar's progress slot: the title of the running background work, a bar and Cancel. It
 * shows only once the work has run for half a second (quick work stays invisible) and watches any
 * number of {@link BackgroundWork}s, showing the one that started last.
 */
public final class ProgressSlot extends HBox {
  /** Work shorter than this never shows progress (UI.md: calm motion). */
  public static final Duration SHOW_AFTER = Duration.millis(500);

  private final Label title = new Label();
  private final ProgressBar bar = new ProgressBar();
  private final Button cancel = new Button("Cancel");
  private final PauseTransition delay = new PauseTransition(SHOW_AFTER);
  private final List<BackgroundWork> watched = new ArrayList<>();
  private Optional<BackgroundWork> shown = Optional.empty();

  public ProgressSlot() {
    super(6);
    setId("progress-slot");
    getStyleClass().add("progress-slot");
    setAlignment(Pos.CENTER_RIGHT);
    title.setId("progress-title");
    bar.setId("progress-bar");
    bar.setPrefWidth(120);
    cancel.setId("progress-cancel");
    cancel.getStyleClass().addAll("flat", "small");
    cancel.setFocusTraversable(false);
    cancel.setOnAction(e -> shown.ifPresent(BackgroundWork::cancel));
    getChildren().addAll(title, bar, cancel);
    setVisible(false);
    managedProperty().bind(visibleProperty());
    delay.setOnFinished(e -> setVisible(shown.isPresent()));
  }

  /** Shows {@code work}'s progress here whenever it runs. */
  public ProgressSlot watch(BackgroundWork work) {
    watched.add(work);
    work.runningProperty().addListener((obs, was, now) -> refresh(work, now));
    refresh(work, work.isRunning());
    return this;
  }

  private void refresh(BackgroundWork changed, boolean nowRunning) {
    if (nowRunning) {
      follow(changed);
      if (!isVisible()) {
        delay.playFromStart();
      }
      return;
    }
    Optional<BackgroundWork> other = watched.stream().filter(BackgroundWork::isRunning).findFirst();
    if (other.isPresent()) {
      follow(other.get());
    } else {
      delay.stop();
      shown = Optional.empty();
      title.textProperty().unbind();
      bar.progressProperty().unbind();
      setVisible(false);
    }
  }

  private void follow(BackgroundWork work) {
    shown = Optional.of(work);
    title.textProperty().bind(work.titleProperty().concat("…"));
    bar.progressProperty().bind(work.progressProperty());
    cancel.visibleProperty().bind(work.cancellableProperty());
    cancel.managedProperty().bind(work.cancellableProperty());
  }
}

package dev.napkin.app.editor;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** A short message at the bottom of the canvas that fades away: nothing to click, nothing modal. */
final class Toast extends Label {
  private final SequentialTransition fade;

  Toast() {
    getStyleClass().add("canvas-toast");
    setManaged(false);
    setMouseTransparent(true);
    setOpacity(0);
    FadeTransition in = new FadeTransition(Duration.millis(120), this);
    in.setToValue(1);
    FadeTransition out = new FadeTransition(Duration.millis(150), this);
    out.setToValue(0);
    fade = new SequentialTransition(in, new PauseTransition(Duration.seconds(3.5)), out);
  }

  void show(String text) {
    setText(text);
    if (getParent() instanceof javafx.scene.layout.Region parent) {
      applyCss();
      place(parent.getWidth(), parent.getHeight());
    }
    fade.playFromStart();
  }

  void place(double width, double height) {
    autosize();
    relocate((width - getWidth()) / 2, height - getHeight() - 24);
  }
}

package dev.napkin.app.editor;

import javafx.geometry.Insets;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/**
 * Dots every grid step behind the diagram, moving and scaling with it: one repeated image, so it
 * costs the same for ten nodes or a thousand. Hidden when zoomed out so far the dots would crowd.
 */
final class GridBackground extends Pane {
  private static final WritableImage DOT = dot();

  GridBackground(Viewport viewport) {
    getStyleClass().add("grid-background");
    setMouseTransparent(true);
    setManaged(false);
    Runnable update =
        () -> {
          double step = EditorViewModel.GRID * viewport.scale();
          if (step < 8) {
            setBackground(Background.EMPTY);
            return;
          }
          ImagePattern pattern =
              new ImagePattern(
                  DOT,
                  viewport.translateXProperty().get() - step / 2,
                  viewport.translateYProperty().get() - step / 2,
                  step,
                  step,
                  false);
          setBackground(
              new Background(new BackgroundFill(pattern, CornerRadii.EMPTY, Insets.EMPTY)));
        };
    viewport.scaleProperty().addListener((obs, old, now) -> update.run());
    viewport.translateXProperty().addListener((obs, old, now) -> update.run());
    viewport.translateYProperty().addListener((obs, old, now) -> update.run());
    update.run();
  }

  /** A tile with one soft gray dot in its middle: readable on light and dark canvases. */
  private static WritableImage dot() {
    int size = 20;
    WritableImage image = new WritableImage(size, size);
    PixelWriter pixels = image.getPixelWriter();
    Color dot = Color.gray(0.5, 0.45);
    for (int y = 9; y <= 10; y++) {
      for (int x = 9; x <= 10; x++) {
        pixels.setColor(x, y, dot);
      }
    }
    return image;
  }
}

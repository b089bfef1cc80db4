package dev.napkin.app.editor;

import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A small rounded label drawn by hand: a styled region behind one text in a fixed font, so its size
 * is known before styling (badges on cards, contract labels on edges).
 */
final class Tag extends Region {
  private static final double H_PAD = 6;
  private static final double HEIGHT = 15;
  private static final Text MEASURE = new Text();

  private final Text text = new Text();
  private final Font font;

  Tag(Font font, String... styles) {
    this.font = font;
    getStyleClass().addAll(styles);
    text.getStyleClass().add("tag-text");
    text.setFont(font);
    text.setLayoutX(H_PAD);
    text.setLayoutY(11);
    getChildren().add(text);
    setManaged(false);
    setMouseTransparent(true);
  }

  void setText(String value) {
    text.setText(value);
  }

  String text() {
    return text.getText();
  }

  void setStyle(String style, boolean on) {
    getStyleClass().remove(style);
    if (on) {
      getStyleClass().add(style);
    }
  }

  double tagWidth() {
    return Math.ceil(width(text.getText(), font)) + 2 * H_PAD;
  }

  /**
   * Sizes the tag to its text and places its right edge at {@code right}; returns the room left.
   */
  double placeRightAt(double right, double y) {
    double width = tagWidth();
    resizeRelocate(right - width, y, width, HEIGHT);
    return right - width - 4;
  }

  /** Sizes the tag to its text and centers it on (x, y). */
  void placeCenteredAt(double x, double y) {
    double width = tagWidth();
    resizeRelocate(x - width / 2, y - HEIGHT / 2, width, HEIGHT);
  }

  /** {@code value}, cut with an ellipsis so that it fits {@code max} pixels in {@code font}. */
  static String fit(String value, Font font, double max) {
    if (max <= 0) {
      return "";
    }
    if (width(value, font) <= max) {
      return value;
    }
    int low = 0;
    int high = value.length();
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (width(value.substring(0, mid) + "…", font) <= max) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low == 0 ? "" : value.substring(0, low).stripTrailing() + "…";
  }

  private static double width(String value, Font font) {
    MEASURE.setFont(font);
    MEASURE.setText(value);
    return MEASURE.getLayoutBounds().getWidth();
  }
}

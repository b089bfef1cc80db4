package dev.napkin.app.export;

import java.awt.Shape;

/**
 * What pictures are drawn on: the few primitives cards, edges and charts need. One drawing code
 * feeds both backends, {@link SvgCanvas} (vector, text stays text) and {@link RasterCanvas} (PNG),
 * so the two exports show the same thing. Colors are {@code #rrggbb}; {@link #NONE} means no fill
 * or no stroke.
 */
public interface Canvas {
  String NONE = "none";

  /** Where a text's x coordinate sits: at its start, middle or end. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  /** How a text is drawn: size in px, weight, color and anchor. */
  record TextStyle(double size, boolean bold, String color, Anchor anchor) {
    public TextStyle {
      if (!(size > 0)) {
        throw new IllegalArgumentException("a text size is positive, got " + size);
      }
    }

    public TextStyle anchored(Anchor newAnchor) {
      return new TextStyle(size, bold, color, newAnchor);
    }
  }

  /** How an outline is drawn: color, width and whether it is dashed. */
  record Stroke(String color, double width, boolean dashed) {
    public static final Stroke NO_STROKE = new Stroke(NONE, 0, false);

    public static Stroke solid(String color, double width) {
      return new Stroke(color, width, false);
    }

    public static Stroke dashed(String color, double width) {
      return new Stroke(color, width, true);
    }

    public boolean visible() {
      return !color.equals(NONE) && width > 0;
    }
  }

  /**
   * Starts a group of elements; in SVG a {@code <g>} with this id and class, and {@code title} as
   * its tooltip (the full text a picture may have cut short).
   */
  void beginGroup(String id, String cssClass, String title);

  void endGroup();

  /**
   * A shape (rectangle, path, ellipse) filled with {@code fill} and outlined with {@code stroke}.
   */
  void shape(Shape shape, String fill, Stroke stroke);

  /** One line of text with its baseline at {@code y}. */
  void text(double x, double y, String text, TextStyle style);
}

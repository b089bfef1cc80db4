package dev.napkin.app.export;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Draws into an SVG document: rectangles and circles as such, other shapes as paths, text as {@code
 * <text>} in the bundled font's family. Coordinates are rounded to 2 decimals through BigDecimal,
 * so the same drawing gives the same bytes on every JDK; nothing else (no time, no random ids) goes
 * into the file.
 */
public final class SvgCanvas implements Canvas {
  private final StringBuilder body = new StringBuilder();
  private int depth = 1;

  @Override
  public void beginGroup(String id, String cssClass, String title) {
    indent().append("<g id=\"").append(escape(id)).append('"');
    if (!cssClass.isEmpty()) {
      body.append(" class=\"").append(escape(cssClass)).append('"');
    }
    body.append(">\n");
    depth++;
    if (!title.isEmpty()) {
      indent().append("<title>").append(escape(title)).append("</title>\n");
    }
  }

  @Override
  public void endGroup() {
    if (depth <= 1) {
      throw new IllegalStateException("no group to end");
    }
    depth--;
    indent().append("</g>\n");
  }

  @Override
  public void shape(Shape shape, String fill, Stroke stroke) {
    if (shape instanceof RoundRectangle2D r) {
      indent()
          .append("<rect")
          .append(attr("x", r.getX()))
          .append(attr("y", r.getY()))
          .append(attr("width", r.getWidth()))
          .append(attr("height", r.getHeight()));
      if (r.getArcWidth() > 0) {
        body.append(attr("rx", r.getArcWidth() / 2));
      }
    } else if (shape instanceof Rectangle2D r) {
      indent()
          .append("<rect")
          .append(attr("x", r.getX()))
          .append(attr("y", r.getY()))
          .append(attr("width", r.getWidth()))
          .append(attr("height", r.getHeight()));
    } else if (shape instanceof Ellipse2D e && e.getWidth() == e.getHeight()) {
      indent()
          .append("<circle")
          .append(attr("cx", e.getCenterX()))
          .append(attr("cy", e.getCenterY()))
          .append(attr("r", e.getWidth() / 2));
    } else {
      indent().append("<path d=\"").append(pathData(shape)).append('"');
    }
    body.append(" fill=\"").append(fill).append('"');
    if (stroke.visible()) {
      body.append(" stroke=\"")
          .append(stroke.color())
          .append('"')
          .append(attr("stroke-width", stroke.width()));
      if (stroke.dashed()) {
        body.append(" stroke-dasharray=\"")
            .append(number(stroke.width() * 4))
            .append(' ')
            .append(number(stroke.width() * 3))
            .append('"');
      }
    }
    body.append("/>\n");
  }

  @Override
  public void text(double x, double y, String text, TextStyle style) {
    if (text.isEmpty()) {
      return;
    }
    indent()
        .append("<text")
        .append(attr("x", x))
        .append(attr("y", y))
        .append(attr("font-size", style.size()));
    if (style.bold()) {
      body.append(" font-weight=\"bold\"");
    }
    switch (style.anchor()) {
      case MIDDLE -> body.append(" text-anchor=\"middle\"");
      case END -> body.append(" text-anchor=\"end\"");
      case START -> {}
    }
    body.append(" fill=\"")
        .append(style.color())
        .append("\">")
        .append(escape(text))
        .append("</text>\n");
  }

  /** The whole document: an SVG {@code width × height} px with a title and this canvas's body. */
  public String document(double width, double height, String title) {
    if (depth != 1) {
      throw new IllegalStateException("a group was not ended");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + number(width)
        + "\" height=\""
        + number(height)
        + "\" viewBox=\"0 0 "
        + number(width)
        + ' '
        + number(height)
        + "\" font-family=\""
        + escape(PictureFonts.FAMILY)
        + "\">\n"
        + "  <title>"
        + escape(title)
        + "</title>\n"
        + body
        + "</svg>\n";
  }

  private static String pathData(Shape shape) {
    StringBuilder d = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (d.length() > 0) {
        d.append(' ');
      }
      switch (type) {
        case PathIterator.SEG_MOVETO -> d.append('M').append(points(c, 1));
        case PathIterator.SEG_LINETO -> d.append('L').append(points(c, 1));
        case PathIterator.SEG_QUADTO -> d.append('Q').append(points(c, 2));
        case PathIterator.SEG_CUBICTO -> d.append('C').append(points(c, 3));
        case PathIterator.SEG_CLOSE -> d.append('Z');
        default -> throw new IllegalStateException("unknown path segment " + type);
      }
    }
    return d.toString();
  }

  private static String points(double[] c, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count * 2; i++) {
      if (i > 0) {
        out.append(i % 2 == 0 ? " " : ",");
      }
      out.append(number(c[i]));
    }
    return out.toString();
  }

  private StringBuilder indent() {
    return body.append("  ".repeat(depth));
  }

  private static String attr(String name, double value) {
    return " " + name + "=\"" + number(value) + '"';
  }

  /**
   * A coordinate to 2 decimals, without trailing zeros: {@code 12}, {@code 12.5}, {@code -3.25}.
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot draw at a non-finite coordinate: " + value);
    }
    BigDecimal rounded =
        new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /** Text for XML content and attributes; characters XML 1.0 forbids become spaces. */
  public static String escape(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? ' ' : c);
      }
    }
    return out.toString();
  }
}

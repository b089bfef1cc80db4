package dev.napkin.app.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws into an image with Java2D, scaled (2 gives a sharp picture on high-density screens). Needs
 * no display. The PNG holds only the pixels: ImageIO writes no time or text chunks, so the same
 * drawing gives the same bytes.
 */
public final class RasterCanvas implements Canvas {
  /** 100 megapixels (400 MB of pixels): more is a mistake, not a picture. */
  static final double MAX_PIXELS = 100e6;

  private final BufferedImage image;
  private final Graphics2D g;

  /** A canvas of {@code width × height} px at {@code scale}, filled with {@code background}. */
  public RasterCanvas(double width, double height, double scale, String background) {
    if (!(scale > 0) || scale > 16) {
      throw new IllegalArgumentException("a scale is in (0, 16], got " + scale);
    }
    double pixels = Math.ceil(width * scale) * Math.ceil(height * scale);
    if (pixels > MAX_PIXELS) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "the picture would be %.0f × %.0f pixels at scale %s; choose a smaller scale",
              Math.ceil(width * scale),
              Math.ceil(height * scale),
              SvgCanvas.number(scale)));
    }
    int w = (int) Math.ceil(width * scale);
    int h = (int) Math.ceil(height * scale);
    image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setColor(color(background));
    g.fillRect(0, 0, w, h);
    g.scale(scale, scale);
  }

  @Override
  public void beginGroup(String id, String cssClass, String title) {
    // Groups only name parts of an SVG; pixels have none.
  }

  @Override
  public void endGroup() {}

  @Override
  public void shape(Shape shape, String fill, Stroke stroke) {
    if (!fill.equals(NONE)) {
      g.setColor(color(fill));
      g.fill(shape);
    }
    if (stroke.visible()) {
      g.setColor(color(stroke.color()));
      float width = (float) stroke.width();
      g.setStroke(
          stroke.dashed()
              ? new BasicStroke(
                  width,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  new float[] {width * 4, width * 3},
                  0f)
              : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(shape);
    }
  }

  @Override
  public void text(double x, double y, String text, TextStyle style) {
    if (text.isEmpty()) {
      return;
    }
    // One line, as in the SVG: control characters (line breaks) become spaces.
    TextLayout layout =
        new TextLayout(
            text.replaceAll("\\p{Cntrl}", " "),
            PictureFonts.font(style.size(), style.bold()),
            g.getFontRenderContext());
    double width = layout.getAdvance();
    double left =
        switch (style.anchor()) {
          case START -> x;
          case MIDDLE -> x - width / 2;
          case END -> x - width;
        };
    g.setColor(color(style.color()));
    layout.draw(g, (float) left, (float) y);
  }

  /** The picture as PNG bytes. */
  public byte[] png() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this Java runtime has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  BufferedImage image() {
    return image;
  }

  static Color color(String hex) {
    if (!hex.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("not a #rrggbb color: " + hex);
    }
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }
}

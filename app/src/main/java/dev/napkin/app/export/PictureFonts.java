package dev.napkin.app.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font every picture is drawn and measured with: Liberation Sans, bundled in the assets module
 * (OFL), so a picture never depends on the fonts a machine has. It is metric-compatible with Arial,
 * so an SVG shown where Liberation Sans is missing keeps its text widths with Arial.
 */
public final class PictureFonts {
  /** The SVG font-family list: the bundled font first, then metric-compatible fallbacks. */
  public static final String FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

  /** Antialiased, fractional metrics: widths do not depend on a screen or a scale. */
  static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private static final Font REGULAR = load("LiberationSans-Regular.ttf");
  private static final Font BOLD = load("LiberationSans-Bold.ttf");

  private PictureFonts() {}

  /** The bundled font at a size. */
  public static Font font(double size, boolean bold) {
    return (bold ? BOLD : REGULAR).deriveFont((float) size);
  }

  /** The advance width of a line of text in px. */
  public static double width(String text, double size, boolean bold) {
    if (text.isEmpty()) {
      return 0;
    }
    return font(size, bold).getStringBounds(text, MEASURE).getWidth();
  }

  /** {@code text}, cut with an ellipsis so that it fits {@code max} px. */
  public static String fit(String text, double size, boolean bold, double max) {
    if (max <= 0) {
      return "";
    }
    if (width(text, size, bold) <= max) {
      return text;
    }
    int low = 0;
    int high = text.length();
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (width(text.substring(0, mid) + "…", size, bold) <= max) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low == 0 ? "" : text.substring(0, low).stripTrailing() + "…";
  }

  private static Font load(String file) {
    String resource = "/napkin/fonts/" + file;
    try (InputStream in = PictureFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled font " + resource + " is missing");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled font " + resource, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("the bundled font " + resource + " is damaged", e);
    }
  }
}

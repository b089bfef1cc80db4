package dev.napkin.app.export;

/** A picture of a known size that can draw itself on any {@link Canvas}. */
public interface Drawing {
  double width();

  double height();

  /** What the picture shows, for the SVG's title. */
  String title();

  /** The background color, painted over the whole picture. */
  String background();

  /** Draws the picture inside {@code (0, 0, width, height)}. */
  void draw(Canvas canvas);

  /** The picture as an SVG document. */
  default String svg() {
    SvgCanvas canvas = new SvgCanvas();
    canvas.shape(
        new java.awt.geom.Rectangle2D.Double(0, 0, width(), height()),
        background(),
        Canvas.Stroke.NO_STROKE);
    draw(canvas);
    return canvas.document(width(), height(), title());
  }

  /** The picture as PNG bytes, {@code scale} pixels per unit. */
  default byte[] png(double scale) {
    return raster(scale).png();
  }

  /** The picture drawn into an image, {@code scale} pixels per unit. */
  default RasterCanvas raster(double scale) {
    RasterCanvas canvas = new RasterCanvas(width(), height(), scale, background());
    draw(canvas);
    return canvas;
  }
}

package dev.napkin.app.editor;

import dev.napkin.model.flow.Layout.Point;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Zoom and pan of the canvas: screen = world × scale + translate. Zooming keeps the point under the
 * cursor still; fitting centers the diagram and never magnifies beyond 100 %.
 */
public final class Viewport {
  public static final double MIN_SCALE = 0.1;
  public static final double MAX_SCALE = 3;
  public static final double STEP = 1.2;

  private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
  private final ReadOnlyDoubleWrapper translateX = new ReadOnlyDoubleWrapper(this, "translateX");
  private final ReadOnlyDoubleWrapper translateY = new ReadOnlyDoubleWrapper(this, "translateY");

  public ReadOnlyDoubleProperty scaleProperty() {
    return scale.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty translateXProperty() {
    return translateX.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty translateYProperty() {
    return translateY.getReadOnlyProperty();
  }

  public double scale() {
    return scale.get();
  }

  /** Multiplies the scale by {@code factor}, keeping the screen point (px, py) in place. */
  public void zoomAt(double factor, double px, double py) {
    setScaleAt(scale.get() * factor, px, py);
  }

  public void setScaleAt(double newScale, double px, double py) {
    double s = clamp(newScale);
    double wx = (px - translateX.get()) / scale.get();
    double wy = (py - translateY.get()) / scale.get();
    scale.set(s);
    translateX.set(px - wx * s);
    translateY.set(py - wy * s);
  }

  public void panBy(double dx, double dy) {
    translateX.set(translateX.get() + dx);
    translateY.set(translateY.get() + dy);
  }

  /** Shows {@code world} whole and centered in a view of the given size, at most at 100 %. */
  public void fit(Bounds world, double viewWidth, double viewHeight, double padding) {
    if (world.isEmpty() || viewWidth <= 0 || viewHeight <= 0) {
      scale.set(1);
      translateX.set(padding);
      translateY.set(padding);
      return;
    }
    double sx = (viewWidth - 2 * padding) / Math.max(1, world.getWidth());
    double sy = (viewHeight - 2 * padding) / Math.max(1, world.getHeight());
    double s = clamp(Math.min(1, Math.min(sx, sy)));
    scale.set(s);
    translateX.set((viewWidth - world.getWidth() * s) / 2 - world.getMinX() * s);
    translateY.set((viewHeight - world.getHeight() * s) / 2 - world.getMinY() * s);
  }

  public Point toWorld(double screenX, double screenY) {
    return new Point(
        (screenX - translateX.get()) / scale.get(), (screenY - translateY.get()) / scale.get());
  }

  /** The part of the world a view of the given size shows. */
  public Bounds visibleWorld(double viewWidth, double viewHeight) {
    Point topLeft = toWorld(0, 0);
    return new BoundingBox(
        topLeft.x(), topLeft.y(), viewWidth / scale.get(), viewHeight / scale.get());
  }

  private static double clamp(double s) {
    return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
  }
}

package dev.napkin.app.editor;

import javafx.scene.shape.CubicCurve;

/** The one curve shape used for edges and for the edge being drawn, so both look the same. */
final class Curves {
  private Curves() {}

  /** A horizontal S-curve from (x1, y1) to (x2, y2); loops out further when it runs backwards. */
  static void place(CubicCurve curve, double x1, double y1, double x2, double y2) {
    double dx = x2 - x1;
    double bend = dx >= 0 ? Math.max(30, dx / 2) : Math.max(80, -dx / 2 + 40);
    curve.setStartX(x1);
    curve.setStartY(y1);
    curve.setControlX1(x1 + bend);
    curve.setControlY1(y1);
    curve.setControlX2(x2 - bend);
    curve.setControlY2(y2);
    curve.setEndX(x2);
    curve.setEndY(y2);
  }
}

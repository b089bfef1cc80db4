package dev.napkin.app.editor;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;

/**
 * An overview of the whole diagram in the canvas's corner: every node as a small block in its
 * kind's color and the part in view as a frame. Pressing or dragging in it pans the canvas there.
 * It is hidden while the whole flow is in view, and can be switched off. Drawn on one {@link
 * Canvas}, only when the flow or the view changed (at most once a pulse), so it costs nothing
 * otherwise.
 */
public final class Minimap extends Region {
  static final double WIDTH = 200;
  static final double HEIGHT = 130;
  private static final double PAD = 6;

  private final Viewport viewport;
  private final Supplier<Flow> flow;
  private final Supplier<Bounds> diagram;
  private final Supplier<Bounds> view;
  private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
  private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
  // Never shown: styled by the theme's CSS so that drawing can use its colors.
  private final Map<NodeKind, Rectangle> kindColors = new EnumMap<>(NodeKind.class);
  private final Rectangle frameColor = new Rectangle();
  private Mapping mapping = new Mapping(new BoundingBox(0, 0, 1, 1));
  private boolean stale = true;
  private boolean dragging;

  /**
   * @param diagram the world bounds of all cards
   * @param view the world bounds the canvas shows now
   */
  Minimap(Viewport viewport, Supplier<Flow> flow, Supplier<Bounds> diagram, Supplier<Bounds> view) {
    this.viewport = viewport;
    this.flow = flow;
    this.diagram = diagram;
    this.view = view;
    setId("minimap");
    getStyleClass().add("minimap");
    setManaged(false);
    for (NodeKind kind : NodeKind.values()) {
      Rectangle swatch = swatch("minimap-node", "minimap-" + kind.specName());
      kindColors.put(kind, swatch);
    }
    frameColor.getStyleClass().add("minimap-frame");
    frameColor.setVisible(false);
    frameColor.fillProperty().addListener((obs, old, now) -> invalidate());
    getChildren().add(frameColor);
    getChildren().add(canvas);
    canvas.setLayoutX(0);
    canvas.setLayoutY(0);
    resize(WIDTH, HEIGHT);
    setVisible(false);
    enabled.addListener((obs, old, now) -> invalidate());
    setOnMousePressed(
        e -> {
          dragging = true;
          panTo(e);
        });
    setOnMouseDragged(this::panTo);
    setOnMouseReleased(
        e -> {
          dragging = false;
          invalidate();
        });
    // The canvas's own gestures (selection rectangle, background pan) must not see these.
    addEventHandler(MouseEvent.ANY, MouseEvent::consume);
  }

  private Rectangle swatch(String... styles) {
    Rectangle r = new Rectangle();
    r.getStyleClass().addAll(styles);
    r.setVisible(false);
    r.fillProperty().addListener((obs, old, now) -> invalidate());
    getChildren().add(r);
    return r;
  }

  /** Off hides the minimap for good (View ▸ Minimap); on shows it whenever part is out of view. */
  public BooleanProperty enabledProperty() {
    return enabled;
  }

  /** The flow or the view changed: redraw before the next frame. */
  void invalidate() {
    stale = true;
  }

  /** Redraws if something changed since the last time; called once per pulse by the canvas. */
  void redrawIfStale() {
    if (!stale) {
      return;
    }
    stale = false;
    Bounds all = diagram.get();
    Bounds shown = view.get();
    boolean wholeFlowInView = all.isEmpty() || contains(shown, all);
    setVisible(enabled.get() && !wholeFlowInView);
    if (!isVisible()) {
      return;
    }
    // While the user drags in it, the map holds still under the mouse.
    if (!dragging) {
      mapping = new Mapping(union(all, shown));
    }
    draw(shown);
  }

  private void draw(Bounds shown) {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, WIDTH, HEIGHT);
    double w = Math.max(1.5, NodeView.WIDTH * mapping.scale);
    double h = Math.max(1.5, NodeView.HEIGHT * mapping.scale);
    Flow current = flow.get();
    for (NodeKind kind : NodeKind.values()) {
      g.setFill(kindColors.get(kind).getFill());
      for (Node node : current.nodes()) {
        if (node.kind() == kind) {
          Point p = current.layout().of(node.id()).orElse(new Point(0, 0));
          Point2D at = mapping.toMap(p.x(), p.y());
          g.fillRect(at.getX(), at.getY(), w, h);
        }
      }
    }
    Point2D topLeft = mapping.toMap(shown.getMinX(), shown.getMinY());
    double fw = shown.getWidth() * mapping.scale;
    double fh = shown.getHeight() * mapping.scale;
    Paint frame = frameColor.getFill();
    g.setFill(frame instanceof Color c ? c.deriveColor(0, 1, 1, 0.12) : frame);
    g.fillRect(topLeft.getX(), topLeft.getY(), fw, fh);
    g.setStroke(frame);
    g.setLineWidth(1.5);
    g.strokeRect(topLeft.getX(), topLeft.getY(), fw, fh);
  }

  /** Centers the canvas on the world point under the mouse. */
  private void panTo(MouseEvent e) {
    if (!e.isPrimaryButtonDown()) {
      return;
    }
    Point target = mapping.toWorld(e.getX(), e.getY());
    Bounds shown = view.get();
    double s = viewport.scale();
    viewport.panBy((shown.getCenterX() - target.x()) * s, (shown.getCenterY() - target.y()) * s);
  }

  /** Where a world point is drawn, in the minimap's own coordinates (for tests). */
  public Point2D pointFor(Point world) {
    return mapping.toMap(world.x(), world.y());
  }

  @Override
  protected void layoutChildren() {
    canvas.relocate(0, 0);
  }

  private static boolean contains(Bounds outer, Bounds inner) {
    return outer.getMinX() <= inner.getMinX()
        && outer.getMinY() <= inner.getMinY()
        && outer.getMaxX() >= inner.getMaxX()
        && outer.getMaxY() >= inner.getMaxY();
  }

  private static Bounds union(Bounds a, Bounds b) {
    double minX = Math.min(a.getMinX(), b.getMinX());
    double minY = Math.min(a.getMinY(), b.getMinY());
    return new BoundingBox(
        minX,
        minY,
        Math.max(a.getMaxX(), b.getMaxX()) - minX,
        Math.max(a.getMaxY(), b.getMaxY()) - minY);
  }

  /** World to minimap: the world bounds fitted in the minimap, centered, with a margin. */
  private static final class Mapping {
    final Bounds world;
    final double scale;
    final double offsetX;
    final double offsetY;

    Mapping(Bounds world) {
      this.world = world;
      this.scale =
          Math.min(
              (WIDTH - 2 * PAD) / Math.max(1, world.getWidth()),
              (HEIGHT - 2 * PAD) / Math.max(1, world.getHeight()));
      this.offsetX = (WIDTH - world.getWidth() * scale) / 2;
      this.offsetY = (HEIGHT - world.getHeight() * scale) / 2;
    }

    Point2D toMap(double x, double y) {
      return new Point2D(
          offsetX + (x - world.getMinX()) * scale, offsetY + (y - world.getMinY()) * scale);
    }

    Point toWorld(double mx, double my) {
      return new Point(
          world.getMinX() + (mx - offsetX) / scale, world.getMinY() + (my - offsetY) / scale);
    }
  }
}

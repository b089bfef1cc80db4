package dev.napkin.app.export;

import dev.napkin.app.editor.CardContent;
import dev.napkin.app.editor.ElkLayout;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeKind;
import java.awt.geom.Area;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A flow as the editor shows it (without the ports, which only serve editing), drawn from its
 * layout: cards with name, technology, key figure and mode/SLA badges; edges as S-curves with
 * arrowheads and contract labels; the flow's name on top. A flow without positions is auto-laid out
 * first (ELK), so every flow has a picture. Sizes match the editor's cards.
 */
public final class FlowDrawing implements Drawing {
  static final double CARD_WIDTH = 188;
  static final double CARD_HEIGHT = 76;
  private static final double PAD = 12;
  private static final double MARGIN = 24;
  private static final double TITLE_BAND = 40;
  private static final double HEAD = 9;
  private static final double BADGE_HEIGHT = 15;
  private static final double BADGE_FONT = 10;

  private final Flow flow;
  private final double left;
  private final double top;
  private final double width;
  private final double height;

  private FlowDrawing(Flow flow) {
    this.flow = flow;
    Rectangle2D bounds = contentBounds(flow);
    double titleWidth = PictureFonts.width(flow.name(), 16, true);
    left = bounds.getMinX() - MARGIN;
    top = bounds.getMinY() - MARGIN - TITLE_BAND;
    width = Math.ceil(Math.max(bounds.getWidth(), titleWidth) + 2 * MARGIN);
    height = Math.ceil(bounds.getHeight() + 2 * MARGIN + TITLE_BAND);
  }

  /** The picture of a flow; nodes without a position are placed by auto-layout first. */
  public static FlowDrawing of(Flow flow) {
    return new FlowDrawing(new ElkLayout(CARD_WIDTH, CARD_HEIGHT).complete(flow));
  }

  /** The flow as drawn, with a position for every node. */
  public Flow flow() {
    return flow;
  }

  /** A card's top-left corner in picture coordinates. */
  public Point cardAt(dev.napkin.model.flow.NodeId id) {
    Point p = flow.layout().of(id).orElseThrow();
    return new Point(p.x() - left, p.y() - top);
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public double height() {
    return height;
  }

  @Override
  public String title() {
    return flow.name();
  }

  @Override
  public String background() {
    return ExportColors.BG_SUBTLE;
  }

  @Override
  public void draw(Canvas canvas) {
    canvas.text(
        MARGIN,
        MARGIN + 14,
        flow.name(),
        new Canvas.TextStyle(16, true, ExportColors.FG, Canvas.Anchor.START));
    for (Edge edge : flow.edges()) {
      drawEdge(canvas, edge);
    }
    for (Node node : flow.nodes()) {
      drawCard(canvas, node);
    }
  }

  private void drawEdge(Canvas canvas, Edge edge) {
    Point from = cardAt(edge.from());
    Point to = cardAt(edge.to());
    double x1 = from.x() + CARD_WIDTH;
    double y1 = from.y() + CARD_HEIGHT / 2;
    double x2 = to.x();
    double y2 = to.y() + CARD_HEIGHT / 2;
    canvas.beginGroup(
        "edge-" + edge.from().value() + "-" + edge.to().value(),
        "edge",
        edge.from().value()
            + " → "
            + edge.to().value()
            + edge.contract().map(c -> ": " + c).orElse(""));
    CubicCurve2D curve = curve(x1, y1, x2 - HEAD + 1, y2);
    canvas.shape(curve, Canvas.NONE, Canvas.Stroke.solid(ExportColors.FG_MUTED, 1.6));
    Path2D head = new Path2D.Double();
    head.moveTo(x2, y2);
    head.lineTo(x2 - HEAD, y2 - HEAD / 1.8);
    head.lineTo(x2 - HEAD, y2 + HEAD / 1.8);
    head.closePath();
    canvas.shape(head, ExportColors.FG_MUTED, Canvas.Stroke.NO_STROKE);
    if (edge.contract().isPresent()) {
      String text =
          PictureFonts.fit(edge.contract().get(), BADGE_FONT, false, Math.max(x2 - x1 - 28, 40));
      double cx = (x1 + 3 * curve.getCtrlX1() + 3 * curve.getCtrlX2() + curve.getX2()) / 8;
      double cy = (y1 + 3 * curve.getCtrlY1() + 3 * curve.getCtrlY2() + curve.getY2()) / 8;
      double w = Math.ceil(PictureFonts.width(text, BADGE_FONT, false)) + 12;
      canvas.shape(
          new RoundRectangle2D.Double(cx - w / 2, cy - BADGE_HEIGHT / 2, w, BADGE_HEIGHT, 8, 8),
          ExportColors.BG_SUBTLE,
          Canvas.Stroke.NO_STROKE);
      canvas.text(
          cx,
          cy + 3.5,
          text,
          new Canvas.TextStyle(BADGE_FONT, false, ExportColors.FG_MUTED, Canvas.Anchor.MIDDLE));
    }
    canvas.endGroup();
  }

  /** The editor's edge shape: a horizontal S-curve that loops out further when it runs back. */
  static CubicCurve2D curve(double x1, double y1, double x2, double y2) {
    double dx = x2 - x1;
    double bend = dx >= 0 ? Math.max(30, dx / 2) : Math.max(80, -dx / 2 + 40);
    return new CubicCurve2D.Double(x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2);
  }

  private void drawCard(Canvas canvas, Node node) {
    Point at = cardAt(node.id());
    double x = at.x();
    double y = at.y();
    CardContent content = CardContent.of(flow, node);
    String kindColor = ExportColors.of(node.kind());
    canvas.beginGroup(
        "node-" + node.id().value(),
        "node " + node.kind().specName(),
        node.name() + " (" + node.id().value() + ")");
    RoundRectangle2D card = new RoundRectangle2D.Double(x, y, CARD_WIDTH, CARD_HEIGHT, 16, 16);
    canvas.shape(card, ExportColors.BG, Canvas.Stroke.solid(ExportColors.BORDER, 1));
    Area stripe = new Area(card);
    stripe.intersect(new Area(new Rectangle2D.Double(x, y, 4, CARD_HEIGHT)));
    canvas.shape(stripe, kindColor, Canvas.Stroke.NO_STROKE);
    canvas.shape(marker(node.kind(), x + PAD, y + 12), kindColor, Canvas.Stroke.NO_STROKE);
    Canvas.TextStyle small = new Canvas.TextStyle(11, false, ExportColors.FG, Canvas.Anchor.START);
    canvas.text(
        x + PAD + 18,
        y + 23,
        PictureFonts.fit(content.title(), 13, true, CARD_WIDTH - PAD * 2 - 22),
        new Canvas.TextStyle(13, true, ExportColors.FG, Canvas.Anchor.START));
    canvas.text(
        x + PAD,
        y + 42,
        PictureFonts.fit(content.subtitle(), 11, false, CARD_WIDTH - PAD * 2),
        new Canvas.TextStyle(11, false, ExportColors.FG_MUTED, Canvas.Anchor.START));
    double right = x + CARD_WIDTH - PAD;
    double badgeY = y + CARD_HEIGHT - 22;
    if (content.sla().isPresent()) {
      boolean none = content.sla().get().equals(CardContent.NO_SLA);
      right =
          badge(
              canvas,
              content.sla().get(),
              right,
              badgeY,
              ExportColors.BG_SUBTLE,
              none ? ExportColors.WARNING : ExportColors.BORDER,
              none ? ExportColors.WARNING_FG : ExportColors.FG);
    }
    if (content.mode().isPresent()) {
      String modeColor = ExportColors.of(content.mode().get());
      if (content.modeInherited()) {
        modeColor = ExportColors.lighter(modeColor, 0.2);
      }
      right =
          badge(
              canvas,
              content.mode().get().specName(),
              right,
              badgeY,
              modeColor,
              Canvas.NONE,
              ExportColors.BG);
    }
    canvas.text(
        x + PAD, y + 63, PictureFonts.fit(content.figure(), 11, false, right - x - PAD), small);
    canvas.endGroup();
  }

  /** Draws a badge with its right edge at {@code right}; returns the room left of it. */
  private static double badge(
      Canvas canvas,
      String text,
      double right,
      double y,
      String fill,
      String stroke,
      String textColor) {
    double w = Math.ceil(PictureFonts.width(text, BADGE_FONT, false)) + 12;
    canvas.shape(
        new RoundRectangle2D.Double(right - w, y, w, BADGE_HEIGHT, 16, 16),
        fill,
        stroke.equals(Canvas.NONE) ? Canvas.Stroke.NO_STROKE : Canvas.Stroke.solid(stroke, 1));
    canvas.text(
        right - w + 6,
        y + 11,
        text,
        new Canvas.TextStyle(BADGE_FONT, false, textColor, Canvas.Anchor.START));
    return right - w - 4;
  }

  /** A small mark of the node's kind where the editor shows its icon. */
  private static java.awt.Shape marker(NodeKind kind, double x, double y) {
    return switch (kind) {
      case SOURCE -> new Ellipse2D.Double(x, y, 12, 12);
      case TRANSFORM -> new RoundRectangle2D.Double(x, y, 12, 12, 4, 4);
      case SINK -> {
        Path2D p = new Path2D.Double();
        p.moveTo(x, y + 2);
        p.lineTo(x + 12, y + 2);
        p.lineTo(x + 12, y + 12);
        p.lineTo(x, y + 12);
        p.closePath();
        p.append(new Ellipse2D.Double(x, y, 12, 4), false);
        yield p;
      }
    };
  }

  /** The cards and edge curves together, in layout coordinates. */
  private static Rectangle2D contentBounds(Flow flow) {
    if (flow.nodes().isEmpty()) {
      return new Rectangle2D.Double(0, 0, CARD_WIDTH, CARD_HEIGHT);
    }
    Rectangle2D bounds = null;
    for (Node node : flow.nodes()) {
      Point p = flow.layout().of(node.id()).orElseThrow();
      Rectangle2D card = new Rectangle2D.Double(p.x() - 6, p.y(), CARD_WIDTH + 12, CARD_HEIGHT);
      bounds = bounds == null ? card : bounds.createUnion(card);
    }
    for (Edge edge : flow.edges()) {
      Point from = flow.layout().of(edge.from()).orElseThrow();
      Point to = flow.layout().of(edge.to()).orElseThrow();
      CubicCurve2D curve =
          curve(
              from.x() + CARD_WIDTH,
              from.y() + CARD_HEIGHT / 2,
              to.x() - HEAD + 1,
              to.y() + CARD_HEIGHT / 2);
      bounds = bounds.createUnion(curve.getBounds2D());
    }
    return bounds;
  }
}

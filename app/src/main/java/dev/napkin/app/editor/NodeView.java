package dev.napkin.app.editor;

import dev.napkin.app.palette.TechIcons;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.NodeKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A node on the canvas: a compact card (icon, name, technology, key figure, mode and SLA badges)
 * with an input port on the left and an output port on the right. Cards have a fixed size, so their
 * parts are placed by hand with plain text shapes: a thousand cards stay cheap to style and lay
 * out. The card's text and badges (its "detail") are made only once the card is first in view close
 * enough to read: a big flow opens with plain colored cards, and CSS styles a few nodes per card
 * instead of ten. It only draws; gestures are wired by the canvas.
 */
final class NodeView extends Pane {
  static final double WIDTH = 188;
  static final double HEIGHT = 76;
  static final double PORT_RADIUS = 5.5;
  private static final double PAD = 12;

  /** Double-clicks above this line (world units from the card's top) rename the node. */
  private static final double TITLE_BOTTOM = 30;

  // Fonts are set here, not in CSS: sizes are then known before styling, so badges can be fitted
  // to their text at once.
  private static final String FAMILY = Font.getDefault().getFamily();
  static final Font TITLE_FONT = Font.font(FAMILY, FontWeight.BOLD, 13);
  private static final Font SMALL_FONT = Font.font(FAMILY, 11);
  static final Font BADGE_FONT = Font.font(FAMILY, 10);

  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
  private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
  private static final PseudoClass TARGET_OK = PseudoClass.getPseudoClass("target-ok");
  private static final PseudoClass TARGET_BAD = PseudoClass.getPseudoClass("target-bad");

  private final NodeId id;
  private final NodeKind kind;
  private final Consumer<NodeView> detailed;
  private Optional<Detail> detail = Optional.empty();
  private Optional<FontIcon> pin = Optional.empty();
  private final Tag runChip = new Tag(BADGE_FONT, "badge", "run-chip");
  private final Region loadBar = new Region();
  private final Tooltip runTip = new Tooltip();
  private Optional<RunMark> run = Optional.empty();
  private CardContent content;
  private Node node;

  /** {@code detailed} hears when the card got its detail (to wire its ports). */
  NodeView(Node node, CardContent content, Consumer<NodeView> detailed) {
    this.id = node.id();
    this.detailed = detailed;
    this.kind = node.kind();
    // The pane is the card itself (background, border, state): one styled node per plain card.
    getStyleClass().addAll("node-view", "node-card", "node-" + node.kind().specName());
    setManaged(false);
    resize(WIDTH, HEIGHT);
    // Drawn from a bitmap while only its position changes (drags, pans); redrawn on zoom.
    setCache(true);
    show(node, content);
  }

  NodeId id() {
    return id;
  }

  Node node() {
    return node;
  }

  /** Whether a point in this card's own coordinates is on its title line. */
  boolean onTitle(double y) {
    return y <= TITLE_BOTTOM;
  }

  /** The output port, which connecting starts from: part of the detail (sinks have none). */
  Optional<Circle> outputPort() {
    return showDetail().output;
  }

  boolean hasDetail() {
    return detail.isPresent();
  }

  /** Makes the card's text and badges if it has none yet; cheap when it has. */
  Detail showDetail() {
    if (detail.isEmpty()) {
      Detail made = new Detail(kind);
      // Behind the pin, if there is one.
      getChildren().addAll(0, made.parts());
      detail = Optional.of(made);
      made.show(node, content, getChildren());
      detailed.accept(this);
    }
    return detail.get();
  }

  /** Updates what the card shows; cheap when nothing changed. */
  void show(Node newNode, CardContent newContent) {
    node = newNode;
    content = newContent;
    detail.ifPresent(d -> d.show(newNode, newContent, getChildren()));
  }

  void setSelected(boolean value) {
    pseudoClassStateChanged(SELECTED, value);
  }

  void setDimmed(boolean value) {
    setOpacity(value ? 0.28 : 1);
  }

  void setPinned(boolean value) {
    if (value && pin.isEmpty()) {
      FontIcon p = new FontIcon(MaterialDesignP.PIN);
      p.getStyleClass().add("node-pin");
      p.setLayoutX(WIDTH - PAD - 12);
      p.setLayoutY(22);
      getChildren().add(p);
      pin = Optional.of(p);
    } else if (!value && pin.isPresent()) {
      getChildren().remove(pin.get());
      pin = Optional.empty();
    }
  }

  /**
   * Shows a simulation's figure: a chip over the top edge, a utilization bar along the bottom
   * (stages), and the full figures in a tooltip; empty clears them.
   */
  void showRun(Optional<RunMark> mark) {
    if (mark.equals(run)) {
      return;
    }
    run = mark;
    getChildren().removeAll(runChip, loadBar);
    Tooltip.uninstall(this, runTip);
    if (mark.isEmpty()) {
      return;
    }
    RunMark m = mark.get();
    runChip.getStyleClass().removeIf(c -> c.startsWith("status-"));
    runChip.getStyleClass().add(m.status().styleClass());
    runChip.setText(m.text());
    runChip.placeRightAt(WIDTH - PAD, -8);
    getChildren().add(runChip);
    if (m.utilization().isPresent()) {
      double share = Math.max(0, Math.min(1, m.utilization().getAsDouble()));
      loadBar.getStyleClass().setAll("load-bar", m.status().styleClass());
      loadBar.setManaged(false);
      loadBar.resizeRelocate(4, HEIGHT - 5, Math.max(2, (WIDTH - 8) * share), 3);
      getChildren().add(loadBar);
    }
    runTip.setText(m.details());
    runTip.setShowDelay(javafx.util.Duration.millis(300));
    Tooltip.install(this, runTip);
  }

  Optional<RunMark> run() {
    return run;
  }

  /** Marks the card with the worst problem that concerns it. */
  void setProblem(boolean error, boolean warning) {
    pseudoClassStateChanged(ERROR, error);
    pseudoClassStateChanged(WARNING, warning && !error);
  }

  /** While a connection is dragged over this node: whether it may be dropped here. */
  void setTarget(boolean hovered, boolean allowed) {
    pseudoClassStateChanged(TARGET_OK, hovered && allowed);
    pseudoClassStateChanged(TARGET_BAD, hovered && !allowed);
  }

  /**
   * The readable part of a card: icon, title, subtitle, key figure, badges and ports (too small to
   * use until the card is readable too).
   */
  static final class Detail {
    private final Optional<Circle> input;
    private final Optional<Circle> output;
    private final FontIcon icon = new FontIcon();
    private final Text title = new Text();
    private final Text subtitle = new Text();
    private final Text figure = new Text();
    private final Tag modeBadge = new Tag(BADGE_FONT, "badge");
    private final Tag slaBadge = new Tag(BADGE_FONT, "badge", "badge-sla");
    private CardContent shown;

    Detail(NodeKind kind) {
      input = kind == NodeKind.SOURCE ? Optional.empty() : Optional.of(port("port-in", 0));
      output = kind == NodeKind.SINK ? Optional.empty() : Optional.of(port("port-out", WIDTH));
      icon.getStyleClass().add("node-icon");
      icon.setLayoutX(PAD);
      icon.setLayoutY(24);
      title.getStyleClass().addAll("node-text", "node-title");
      title.setFont(TITLE_FONT);
      title.setLayoutX(PAD + 22);
      title.setLayoutY(23);
      subtitle.getStyleClass().addAll("node-text", "node-tech");
      subtitle.setFont(SMALL_FONT);
      subtitle.setLayoutX(PAD);
      subtitle.setLayoutY(42);
      figure.getStyleClass().addAll("node-text", "node-figure");
      figure.setFont(SMALL_FONT);
      figure.setLayoutX(PAD);
      figure.setLayoutY(63);
    }

    private static Circle port(String style, double x) {
      Circle port = new Circle(PORT_RADIUS);
      port.getStyleClass().addAll("port", style);
      port.setCenterX(x);
      port.setCenterY(HEIGHT / 2);
      return port;
    }

    List<javafx.scene.Node> parts() {
      List<javafx.scene.Node> parts = new java.util.ArrayList<>(List.of(icon, title, subtitle));
      parts.add(figure);
      input.ifPresent(parts::add);
      output.ifPresent(parts::add);
      return parts;
    }

    /** Shows {@code content}, attaching to {@code card} only the badges it has. */
    void show(Node node, CardContent content, List<javafx.scene.Node> card) {
      if (content.equals(shown)) {
        return;
      }
      shown = content;
      icon.setIconCode(TechIcons.of(node));
      title.setText(Tag.fit(content.title(), TITLE_FONT, WIDTH - PAD * 2 - 40));
      subtitle.setText(Tag.fit(content.subtitle(), SMALL_FONT, WIDTH - PAD * 2));
      double right = WIDTH - PAD;
      attach(card, slaBadge, content.sla().isPresent());
      if (content.sla().isPresent()) {
        slaBadge.setText(content.sla().get());
        slaBadge.setStyle("badge-none", content.sla().get().equals(CardContent.NO_SLA));
        right = slaBadge.placeRightAt(right, HEIGHT - 22);
      }
      attach(card, modeBadge, content.mode().isPresent());
      if (content.mode().isPresent()) {
        String mode = content.mode().get().specName();
        modeBadge.setText(mode);
        modeBadge.getStyleClass().removeIf(c -> c.startsWith("mode-"));
        modeBadge.getStyleClass().add("mode-" + mode);
        if (content.modeInherited()) {
          modeBadge.getStyleClass().add("mode-inherited");
        }
        right = modeBadge.placeRightAt(right, HEIGHT - 22);
      }
      figure.setText(Tag.fit(content.figure(), SMALL_FONT, right - PAD));
    }

    private static void attach(List<javafx.scene.Node> card, Region part, boolean present) {
      if (present && !card.contains(part)) {
        card.add(part);
      } else if (!present) {
        card.remove(part);
      }
    }
  }
}

package dev.napkin.app.editor;

import dev.napkin.app.palette.TechIcons;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.NodeKind;
import java.util.Optional;
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
 * out. It only draws; gestures are wired by the canvas.
 */
final class NodeView extends Pane {
  static final double WIDTH = 188;
  static final double HEIGHT = 76;
  static final double PORT_RADIUS = 5.5;
  private static final double PAD = 12;
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
  private final Region card = new Region();
  private final FontIcon icon = new FontIcon();
  private final Text title = new Text();
  private final Text subtitle = new Text();
  private final Text figure = new Text();
  private final Tag modeBadge = new Tag(BADGE_FONT, "badge");
  private final Tag slaBadge = new Tag(BADGE_FONT, "badge", "badge-sla");
  private final Circle input = new Circle(PORT_RADIUS);
  private final Circle output = new Circle(PORT_RADIUS);
  private Optional<FontIcon> pin = Optional.empty();
  private final Tag runChip = new Tag(BADGE_FONT, "badge", "run-chip");
  private final Region loadBar = new Region();
  private final Tooltip runTip = new Tooltip();
  private Optional<RunMark> run = Optional.empty();
  private CardContent shown;
  private Node node;

  NodeView(Node node, CardContent content) {
    this.id = node.id();
    getStyleClass().addAll("node-view", "node-" + node.kind().specName());
    setManaged(false);
    // Drawn from a bitmap while only its position changes (drags, pans); redrawn on zoom.
    setCache(true);
    card.getStyleClass().add("node-card");
    card.setManaged(false);
    card.resizeRelocate(0, 0, WIDTH, HEIGHT);
    icon.getStyleClass().add("node-icon");
    icon.setLayoutX(PAD);
    icon.setLayoutY(24);
    title.getStyleClass().addAll("node-text", "node-title");
    title.setFont(TITLE_FONT);
    subtitle.setFont(SMALL_FONT);
    figure.setFont(SMALL_FONT);
    title.setLayoutX(PAD + 22);
    title.setLayoutY(23);
    subtitle.getStyleClass().addAll("node-text", "node-tech");
    subtitle.setLayoutX(PAD);
    subtitle.setLayoutY(42);
    figure.getStyleClass().addAll("node-text", "node-figure");
    figure.setLayoutX(PAD);
    figure.setLayoutY(63);
    input.getStyleClass().addAll("port", "port-in");
    output.getStyleClass().addAll("port", "port-out");
    input.setCenterY(HEIGHT / 2);
    output.setCenterX(WIDTH);
    output.setCenterY(HEIGHT / 2);
    getChildren().addAll(card, icon, title, subtitle, figure);
    if (node.kind() != NodeKind.SOURCE) {
      getChildren().add(input);
    }
    if (node.kind() != NodeKind.SINK) {
      getChildren().add(output);
    }
    show(node, content);
  }

  NodeId id() {
    return id;
  }

  Node node() {
    return node;
  }

  Region card() {
    return card;
  }

  Text titleText() {
    return title;
  }

  Circle outputPort() {
    return output;
  }

  Circle inputPort() {
    return input;
  }

  /** Updates what the card shows; cheap when nothing changed. */
  void show(Node newNode, CardContent content) {
    node = newNode;
    if (content.equals(shown)) {
      return;
    }
    shown = content;
    icon.setIconCode(TechIcons.of(newNode));
    title.setText(Tag.fit(content.title(), TITLE_FONT, WIDTH - PAD * 2 - 40));
    subtitle.setText(Tag.fit(content.subtitle(), SMALL_FONT, WIDTH - PAD * 2));
    double right = WIDTH - PAD;
    if (content.sla().isPresent()) {
      slaBadge.setText(content.sla().get());
      slaBadge.setStyle("badge-none", content.sla().get().equals(CardContent.NO_SLA));
      right = slaBadge.placeRightAt(right, HEIGHT - 22);
      attach(slaBadge, true);
    } else {
      attach(slaBadge, false);
    }
    if (content.mode().isPresent()) {
      String mode = content.mode().get().specName();
      modeBadge.setText(mode);
      modeBadge.getStyleClass().removeIf(c -> c.startsWith("mode-"));
      modeBadge.getStyleClass().add("mode-" + mode);
      if (content.modeInherited()) {
        modeBadge.getStyleClass().add("mode-inherited");
      }
      right = modeBadge.placeRightAt(right, HEIGHT - 22);
      attach(modeBadge, true);
    } else {
      attach(modeBadge, false);
    }
    figure.setText(Tag.fit(content.figure(), SMALL_FONT, right - PAD));
  }

  private void attach(Region part, boolean present) {
    if (present && !getChildren().contains(part)) {
      getChildren().add(part);
    } else if (!present) {
      getChildren().remove(part);
    }
  }

  void setSelected(boolean value) {
    card.pseudoClassStateChanged(SELECTED, value);
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
    card.pseudoClassStateChanged(ERROR, error);
    card.pseudoClassStateChanged(WARNING, warning && !error);
  }

  /** While a connection is dragged over this node: whether it may be dropped here. */
  void setTarget(boolean hovered, boolean allowed) {
    card.pseudoClassStateChanged(TARGET_OK, hovered && allowed);
    card.pseudoClassStateChanged(TARGET_BAD, hovered && !allowed);
  }
}

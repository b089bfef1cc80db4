package dev.napkin.app.editor;

import dev.napkin.app.palette.TechIcons;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.NodeKind;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A node on the canvas: a compact card (icon, name, technology, key figure, mode and SLA badges)
 * with an input port on the left and an output port on the right. It only draws; gestures are wired
 * by the canvas.
 */
final class NodeView extends Pane {
  static final double WIDTH = 188;
  static final double HEIGHT = 76;
  static final double PORT_RADIUS = 5.5;

  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
  private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
  private static final PseudoClass TARGET_OK = PseudoClass.getPseudoClass("target-ok");
  private static final PseudoClass TARGET_BAD = PseudoClass.getPseudoClass("target-bad");

  private final NodeId id;
  private final VBox card = new VBox();
  private final FontIcon icon = new FontIcon();
  private final Label title = new Label();
  private final Label subtitle = new Label();
  private final Label figure = new Label();
  private final Label modeBadge = new Label();
  private final Label slaBadge = new Label();
  private final FontIcon pin = new FontIcon(MaterialDesignP.PIN);
  private final Circle input = new Circle(PORT_RADIUS);
  private final Circle output = new Circle(PORT_RADIUS);
  private CardContent shown;
  private Node node;

  NodeView(Node node, CardContent content) {
    this.id = node.id();
    getStyleClass().add("node-view");
    setManaged(false);
    card.getStyleClass().addAll("node-card", "node-" + node.kind().specName());
    card.resizeRelocate(0, 0, WIDTH, HEIGHT);
    card.setMinSize(WIDTH, HEIGHT);
    card.setMaxSize(WIDTH, HEIGHT);
    card.setManaged(false);
    icon.getStyleClass().add("node-icon");
    title.getStyleClass().add("node-title");
    title.setMaxWidth(WIDTH - 56);
    pin.getStyleClass().add("node-pin");
    pin.setVisible(false);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(6, icon, title, spacer, pin);
    header.setAlignment(Pos.CENTER_LEFT);
    subtitle.getStyleClass().add("node-tech");
    figure.getStyleClass().add("node-figure");
    modeBadge.getStyleClass().add("badge");
    slaBadge.getStyleClass().addAll("badge", "badge-sla");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox footer = new HBox(4, figure, gap, modeBadge, slaBadge);
    footer.setAlignment(Pos.CENTER_LEFT);
    card.getChildren().addAll(header, subtitle, footer);
    input.getStyleClass().addAll("port", "port-in");
    output.getStyleClass().addAll("port", "port-out");
    input.setCenterX(0);
    input.setCenterY(HEIGHT / 2);
    output.setCenterX(WIDTH);
    output.setCenterY(HEIGHT / 2);
    getChildren().add(card);
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

  VBox card() {
    return card;
  }

  Label titleLabel() {
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
    title.setText(content.title());
    subtitle.setText(content.subtitle());
    figure.setText(content.figure());
    modeBadge.getStyleClass().removeIf(c -> c.startsWith("mode-"));
    content
        .mode()
        .ifPresent(
            m -> {
              modeBadge.setText(m.specName());
              modeBadge.getStyleClass().add("mode-" + m.specName());
              if (content.modeInherited()) {
                modeBadge.getStyleClass().add("mode-inherited");
              }
            });
    modeBadge.setVisible(content.mode().isPresent());
    modeBadge.setManaged(content.mode().isPresent());
    slaBadge.setText(content.sla().orElse(""));
    slaBadge.getStyleClass().remove("badge-none");
    if (content.sla().filter("no SLA"::equals).isPresent()) {
      slaBadge.getStyleClass().add("badge-none");
    }
    slaBadge.setVisible(content.sla().isPresent());
    slaBadge.setManaged(content.sla().isPresent());
  }

  void setSelected(boolean value) {
    card.pseudoClassStateChanged(SELECTED, value);
  }

  void setDimmed(boolean value) {
    pseudoClassStateChanged(DIMMED, value);
    setOpacity(value ? 0.28 : 1);
  }

  void setPinned(boolean value) {
    pin.setVisible(value);
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

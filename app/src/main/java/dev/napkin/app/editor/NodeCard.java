package dev.napkin.app.editor;

import dev.napkin.model.flow.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A node drawn as a compact card: kind glyph and name, technology, one key figure. */
final class NodeCard extends VBox {
  static final double WIDTH = 180;
  static final double HEIGHT = 72;

  NodeCard(Node node, String figure) {
    getStyleClass().addAll("node-card", "node-" + node.kind().specName());
    setPrefSize(WIDTH, HEIGHT);
    setMinSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
    Label glyph = new Label(glyph(node));
    glyph.getStyleClass().add("node-glyph");
    Label title = new Label(node.name());
    title.getStyleClass().add("node-title");
    HBox header = new HBox(6, glyph, title);
    header.setAlignment(Pos.CENTER_LEFT);
    Label tech = new Label(node.tech().orElse(node.kind().specName()));
    tech.getStyleClass().add("node-tech");
    Label key = new Label(figure);
    key.getStyleClass().add("node-figure");
    getChildren().addAll(header, tech, key);
  }

  private static String glyph(Node node) {
    return switch (node.kind()) {
      case SOURCE -> "⚡";
      case TRANSFORM -> "Σ";
      case SINK -> "▦";
    };
  }
}

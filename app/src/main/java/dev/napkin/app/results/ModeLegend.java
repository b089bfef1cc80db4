package dev.napkin.app.results;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Line;

/** The modes' colors under a chart, plus the SLA line's dashes; wraps when narrow. */
final class ModeLegend extends FlowPane {
  ModeLegend() {
    getStyleClass().add("mode-legend");
    setHgap(12);
    setVgap(2);
    setAlignment(Pos.CENTER);
  }

  void show(List<String> modes) {
    getChildren().clear();
    for (String mode : modes) {
      getChildren().add(entry(ModeNames.label(mode), "mode-swatch", ModeNames.styleClass(mode)));
    }
    if (!modes.isEmpty()) {
      getChildren().add(entry("SLA", "sla-swatch"));
    }
  }

  private static Label entry(String text, String... styles) {
    Line swatch = new Line(0, 0, 18, 0);
    swatch.getStyleClass().addAll(styles);
    Label label = new Label(text, swatch);
    label.getStyleClass().add("legend-entry");
    return label;
  }
}

package dev.napkin.app.export;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** File ▸ Export: one item per format, disabled where this build cannot produce it yet. */
public final class ExportMenu {
  private ExportMenu() {}

  public static Menu build(ExportController exports) {
    Menu menu = new Menu("Export");
    menu.setId("export-menu");
    for (ExportFormat format : ExportFormat.values()) {
      MenuItem item = new MenuItem(label(format) + "…");
      item.setId("export-" + format);
      item.setMnemonicParsing(false);
      item.setDisable(!format.available());
      if (format.needsSimulation()) {
        // One report at a time: the simulation runs in the background.
        item.disableProperty().bind(exports.runningProperty());
      }
      item.setOnAction(e -> exports.export(format));
      menu.getItems().add(item);
    }
    return menu;
  }

  static String label(ExportFormat format) {
    return switch (format) {
      case YAML -> "YAML spec";
      case JSON -> "JSON spec";
      case MERMAID -> "Mermaid diagram";
      case DOT -> "Graphviz DOT diagram";
      case SVG -> "SVG picture";
      case PNG -> "PNG picture";
      case OPENLINEAGE -> "OpenLineage events";
      case MARKDOWN -> "Markdown report";
      case HTML -> "HTML report";
      case CSV -> "CSV results";
    };
  }
}

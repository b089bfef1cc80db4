package dev.napkin.app.palette;

import dev.napkin.model.flow.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The palette: a search field and the catalog grouped into sources, transforms and sinks. Drag an
 * item onto the canvas, or double-click it (or press Enter in the search) to add it in view.
 */
public final class PaletteView extends VBox {
  private final TextField search = TextFields.createClearableTextField();
  private final List<Item> items = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final Consumer<PaletteEntry> add;
  private final PaletteDrag drag;

  private record Item(PaletteEntry entry, HBox view) {}

  private record Section(NodeKind kind, Label header, VBox body) {}

  public PaletteView(List<PaletteEntry> entries, PaletteDrag drag, Consumer<PaletteEntry> add) {
    this.add = add;
    this.drag = drag;
    getStyleClass().add("palette");
    setMinWidth(190);
    search.setPromptText("Search nodes");
    search.getStyleClass().add("palette-search");
    search.textProperty().addListener((obs, old, text) -> filter(text));
    search.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            firstVisible().ifPresent(add);
          }
        });
    VBox list = new VBox();
    list.getStyleClass().add("palette-list");
    for (NodeKind kind : NodeKind.values()) {
      Label header = new Label(title(kind));
      header.getStyleClass().add("palette-header");
      VBox body = new VBox();
      sections.add(new Section(kind, header, body));
      list.getChildren().addAll(header, body);
      for (PaletteEntry entry : entries) {
        if (entry.kind() == kind) {
          HBox view = itemView(entry);
          items.add(new Item(entry, view));
          body.getChildren().add(view);
        }
      }
    }
    ScrollPane scroll = new ScrollPane(list);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("palette-scroll");
    VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
    getChildren().addAll(search, scroll);
  }

  public TextField searchField() {
    return search;
  }

  private HBox itemView(PaletteEntry entry) {
    FontIcon icon = new FontIcon(entry.icon());
    icon.getStyleClass().addAll("palette-icon", "palette-icon-" + entry.kind().specName());
    Label label = new Label(entry.label());
    label.getStyleClass().add("palette-label");
    HBox view = new HBox(8, icon, label);
    view.setAlignment(Pos.CENTER_LEFT);
    view.getStyleClass().add("palette-item");
    view.setId("palette-" + entry.prototype().id());
    Tooltip.install(
        view, new Tooltip(entry.help() + "\nDrag onto the canvas, or double-click to add in view"));
    view.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            add.accept(entry);
          }
        });
    view.setOnDragDetected(
        e -> {
          drag.start(entry.prototype());
          view.startFullDrag();
          e.consume();
        });
    view.setOnMouseReleased(e -> drag.end());
    return view;
  }

  private void filter(String query) {
    String q = query == null ? "" : query.strip();
    for (Item item : items) {
      boolean show = q.isEmpty() || item.entry().matches(q);
      item.view().setVisible(show);
      item.view().setManaged(show);
    }
    for (Section section : sections) {
      boolean any = section.body().getChildren().stream().anyMatch(javafx.scene.Node::isVisible);
      section.header().setVisible(any);
      section.header().setManaged(any);
    }
  }

  private java.util.Optional<PaletteEntry> firstVisible() {
    return items.stream().filter(i -> i.view().isVisible()).map(Item::entry).findFirst();
  }

  private static String title(NodeKind kind) {
    return switch (kind) {
      case SOURCE -> "SOURCES";
      case TRANSFORM -> "TRANSFORMS";
      case SINK -> "SINKS";
    };
  }
}

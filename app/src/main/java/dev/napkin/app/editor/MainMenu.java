package dev.napkin.app.editor;

import dev.napkin.app.files.RecentFiles;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The menu bar: File, Edit, View, Run, Help, each item with its standard shortcut. */
final class MainMenu {
  private MainMenu() {}

  static MenuBar build(
      WindowActions actions, RecentFiles recent, Menu export, Runnable showShortcuts, Menu run) {
    EditorViewModel editor = actions.editor();
    FlowCanvas canvas = actions.canvas();
    var docs = actions.documents();

    Menu recentMenu = new Menu("Open Recent");
    fillRecent(recentMenu, recent, actions);
    recent
        .files()
        .addListener((ListChangeListener<Path>) c -> fillRecent(recentMenu, recent, actions));
    Menu file =
        new Menu(
            "_File",
            null,
            item("New", "Shortcut+N", MaterialDesignF.FILE_OUTLINE, docs::newFlow),
            item("New from Example…", "Shortcut+Shift+N", null, docs::newFromExample),
            item("Open…", "Shortcut+O", MaterialDesignF.FOLDER_OPEN_OUTLINE, docs::open),
            recentMenu,
            new SeparatorMenuItem(),
            item("Save", "Shortcut+S", MaterialDesignC.CONTENT_SAVE_OUTLINE, docs::save),
            item("Save As…", "Shortcut+Shift+S", null, docs::saveAs),
            export,
            new SeparatorMenuItem(),
            item("Quit", "Shortcut+Q", null, actions::quit));

    MenuItem undo = item("Undo", "Shortcut+Z", MaterialDesignU.UNDO, editor::undo);
    undo.textProperty().bind(actions.undoLabelProperty());
    undo.disableProperty().bind(actions.canUndoProperty().not());
    MenuItem redo = item("Redo", "Shortcut+Shift+Z", MaterialDesignR.REDO, editor::redo);
    redo.textProperty().bind(actions.redoLabelProperty());
    redo.disableProperty().bind(actions.canRedoProperty().not());
    MenuItem redoAlt = item("Redo", "Shortcut+Y", null, editor::redo);
    redoAlt.setVisible(false);
    MenuItem cut = item("Cut", "Shortcut+X", MaterialDesignC.CONTENT_CUT, editor::cut);
    MenuItem copy = item("Copy", "Shortcut+C", MaterialDesignC.CONTENT_COPY, editor::copy);
    MenuItem paste = item("Paste", "Shortcut+V", MaterialDesignC.CONTENT_PASTE, editor::paste);
    MenuItem duplicate = item("Duplicate", "Shortcut+D", null, editor::duplicate);
    MenuItem delete =
        item("Delete", "Delete", MaterialDesignD.DELETE_OUTLINE, editor::deleteSelection);
    MenuItem rename = item("Rename", "F2", MaterialDesignR.RENAME_BOX, actions::rename);
    for (MenuItem needsNodes : new MenuItem[] {cut, copy, duplicate, rename}) {
      needsNodes.disableProperty().bind(actions.noNodeSelected());
    }
    delete.disableProperty().bind(actions.nothingSelected());
    Menu edit =
        new Menu(
            "_Edit",
            null,
            undo,
            redo,
            redoAlt,
            new SeparatorMenuItem(),
            cut,
            copy,
            paste,
            duplicate,
            delete,
            new SeparatorMenuItem(),
            rename,
            item("Select All", "Shortcut+A", null, editor::selectAll),
            item("Find Node…", "Shortcut+F", null, actions::findNode));

    CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
    snap.selectedProperty().bindBidirectional(actions.snapToGridProperty());
    // Ctrl+Plus typed with Shift, or on the keypad, zooms too.
    MenuItem[] zoomAlternatives = {
      item("Zoom In", "Shortcut+Shift+EQUALS", null, canvas::zoomIn),
      item("Zoom In", "Shortcut+ADD", null, canvas::zoomIn),
      item("Zoom Out", "Shortcut+SUBTRACT", null, canvas::zoomOut)
    };
    for (MenuItem hidden : zoomAlternatives) {
      hidden.setVisible(false);
    }
    CheckMenuItem minimap = new CheckMenuItem("Minimap");
    minimap.selectedProperty().bindBidirectional(canvas.minimap().enabledProperty());
    CheckMenuItem dark = new CheckMenuItem("Dark Theme");
    dark.selectedProperty().bindBidirectional(actions.darkThemeProperty());
    Menu view =
        new Menu(
            "_View",
            null,
            item("Zoom In", "Shortcut+EQUALS", null, canvas::zoomIn),
            item("Zoom Out", "Shortcut+MINUS", null, canvas::zoomOut),
            zoomAlternatives[0],
            zoomAlternatives[1],
            zoomAlternatives[2],
            item("Actual Size", "Shortcut+1", null, canvas::zoomToActualSize),
            item(
                "Fit to View",
                "Shortcut+0",
                MaterialDesignF.FIT_TO_SCREEN_OUTLINE,
                canvas::fitToView),
            new SeparatorMenuItem(),
            item("Auto-Layout (L)", null, MaterialDesignS.SITEMAP_OUTLINE, actions::autoLayout),
            item("Pin / Unpin Position (P)", null, null, editor::togglePinSelection),
            snap,
            new SeparatorMenuItem(),
            minimap,
            dark);

    Menu help = new Menu("_Help", null, item("Keyboard Shortcuts", "F1", null, showShortcuts));
    return new MenuBar(file, edit, view, run, help);
  }

  private static void fillRecent(Menu menu, RecentFiles recent, WindowActions actions) {
    menu.getItems().clear();
    for (Path path : recent.files()) {
      MenuItem open = new MenuItem(path.getFileName() + "  —  " + path.getParent());
      open.setMnemonicParsing(false);
      open.setOnAction(e -> actions.documents().openRecent(path));
      menu.getItems().add(open);
    }
    if (recent.files().isEmpty()) {
      MenuItem none = new MenuItem("No recent files");
      none.setDisable(true);
      menu.getItems().add(none);
    } else {
      menu.getItems().add(new SeparatorMenuItem());
      MenuItem clear = new MenuItem("Clear Recent Files");
      clear.setOnAction(e -> recent.clear());
      menu.getItems().add(clear);
    }
  }

  static MenuItem item(String text, String accelerator, Ikon icon, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    if (icon != null) {
      item.setGraphic(new FontIcon(icon));
    }
    item.setOnAction(e -> action.run());
    return item;
  }
}

package dev.napkin.app.editor;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help › Keyboard Shortcuts: every shortcut and gesture on one page. */
final class ShortcutsHelp {
  private static final String[][] ROWS = {
    {"Ctrl+N / Ctrl+O / Ctrl+S", "New, open, save (Ctrl+Shift+S: save as)"},
    {"Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)", "Undo / redo"},
    {"Ctrl+X / Ctrl+C / Ctrl+V / Ctrl+D", "Cut, copy, paste, duplicate"},
    {"Delete / Backspace", "Delete the selection"},
    {"F2 (or double-click the name)", "Rename the node in place"},
    {"Ctrl+A / Escape", "Select all / clear the selection"},
    {"Ctrl+F", "Find a node by name or id"},
    {"Arrows (Shift: a grid step)", "Nudge the selection"},
    {"Ctrl+= / Ctrl+- / Ctrl+1 / Ctrl+0", "Zoom in, out, 100 %, fit to view"},
    {"L / P", "Auto-layout / pin the selection"},
    {"Drag a card / shift-click", "Move / add to the selection"},
    {"Shift+drag on empty canvas", "Rubber-band selection"},
    {"Drag on empty canvas, scroll", "Pan"},
    {"Ctrl+wheel, pinch", "Zoom at the cursor"},
    {"Drag from a right-hand port to a card", "Connect two nodes"},
  };

  private ShortcutsHelp() {}

  static void show(Window owner) {
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    for (int i = 0; i < ROWS.length; i++) {
      Label keys = new Label(ROWS[i][0]);
      keys.getStyleClass().add("shortcut-keys");
      grid.addRow(i, keys, new Label(ROWS[i][1]));
    }
    Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
    alert.initOwner(owner);
    alert.setTitle("Keyboard Shortcuts");
    alert.setHeaderText("Keyboard shortcuts and gestures");
    alert.getDialogPane().setContent(grid);
    alert.show();
  }
}

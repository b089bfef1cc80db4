package dev.napkin.app.editor;

import dev.napkin.app.files.DocumentController;
import dev.napkin.app.theme.ThemeManager;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Everything the menus and the toolbar can do, in one place, so both offer the same actions with
 * the same enabled states.
 */
public final class WindowActions {
  private final EditorViewModel editor;
  private final DocumentController documents;
  private final FlowCanvas canvas;
  private final ThemeManager theme;
  private final Runnable quit;
  private final BooleanBinding nothingSelected;
  private final BooleanBinding noNodeSelected;

  public WindowActions(
      EditorViewModel editor,
      DocumentController documents,
      FlowCanvas canvas,
      ThemeManager theme,
      Runnable quit) {
    this.editor = editor;
    this.documents = documents;
    this.canvas = canvas;
    this.theme = theme;
    this.quit = quit;
    Selection selection = editor.selection();
    nothingSelected =
        Bindings.createBooleanBinding(selection::isEmpty, selection.versionProperty());
    noNodeSelected =
        Bindings.createBooleanBinding(
            () -> selection.nodes().isEmpty(), selection.versionProperty());
  }

  public EditorViewModel editor() {
    return editor;
  }

  public DocumentController documents() {
    return documents;
  }

  public FlowCanvas canvas() {
    return canvas;
  }

  public BooleanProperty darkThemeProperty() {
    return theme.darkProperty();
  }

  public BooleanProperty snapToGridProperty() {
    return editor.snapToGridProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return editor.document().history().canUndoProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return editor.document().history().canRedoProperty();
  }

  public ReadOnlyStringProperty undoLabelProperty() {
    return editor.document().history().undoLabelProperty();
  }

  public ReadOnlyStringProperty redoLabelProperty() {
    return editor.document().history().redoLabelProperty();
  }

  public BooleanBinding nothingSelected() {
    return nothingSelected;
  }

  public BooleanBinding noNodeSelected() {
    return noNodeSelected;
  }

  public void quit() {
    quit.run();
  }

  public void rename() {
    editor.selection().singleNode().ifPresent(canvas::startRename);
  }

  public void findNode() {
    FindNode.show(canvas.getScene().getWindow(), editor, canvas);
  }

  public void autoLayout() {
    editor.autoLayout();
    canvas.fitToView();
  }
}

package dev.napkin.app.inspector;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the inspector shows: the fields of the one selected node or edge, or of the flow when
 * nothing (or several things) are selected. Every accepted change is one undoable command.
 */
public final class InspectorViewModel {
  private final EditorViewModel editor;
  private final ReadOnlyObjectWrapper<List<Field>> fields =
      new ReadOnlyObjectWrapper<>(this, "fields", List.of());
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
  private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");

  public InspectorViewModel(EditorViewModel editor) {
    this.editor = editor;
    editor.selection().versionProperty().addListener((obs, old, now) -> refresh());
    editor.document().flowProperty().addListener((obs, old, now) -> refresh());
    refresh();
  }

  /** A new list after every change of the selection or the flow. */
  public ReadOnlyObjectProperty<List<Field>> fieldsProperty() {
    return fields.getReadOnlyProperty();
  }

  public List<Field> fields() {
    return fields.get();
  }

  /** "clicks", "clicks → sessionize" or the flow's name. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** "Source · kafka", "Edge", "Flow · 3 nodes". */
  public ReadOnlyStringProperty subtitleProperty() {
    return subtitle.getReadOnlyProperty();
  }

  /** The field called {@code name}, for tests and for focusing one from elsewhere. */
  public Optional<Field> field(String name) {
    return fields.get().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * Applies {@code text} to {@code field}: empty when it was accepted (or unchanged), else why it
   * was refused (nothing changes then).
   */
  public Optional<String> commit(Field field, String text) {
    try {
      field.commandFor(text).ifPresent(editor.document()::execute);
      return Optional.empty();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.of(e.getMessage());
    }
  }

  private void refresh() {
    Flow flow = editor.flow();
    Optional<Node> node = editor.selection().singleNode().flatMap(flow::node);
    Optional<Edge> edge = editor.selection().singleEdge().flatMap(editor::edge);
    List<Field> next;
    if (node.isPresent()) {
      Node n = node.get();
      title.set(n.name());
      subtitle.set(
          capitalized(n.kind().specName())
              + n.tech().map(t -> " · " + t).orElse("")
              + " · "
              + n.id());
      next = NodeFields.of(flow, n);
    } else if (edge.isPresent()) {
      EdgeKey key = edge.get().key();
      title.set(key.from() + " → " + key.to());
      subtitle.set("Edge");
      next = EdgeFields.of(edge.get());
    } else {
      title.set(flow.name());
      int selected = editor.selection().nodes().size() + editor.selection().edges().size();
      subtitle.set(selected > 1 ? selected + " selected · showing the flow" : "Flow");
      next = FlowFields.of(flow);
    }
    fields.set(List.copyOf(next));
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

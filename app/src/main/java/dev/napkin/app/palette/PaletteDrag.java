package dev.napkin.app.palette;

import dev.napkin.model.flow.Node;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The palette item being dragged, shared by the palette (which starts the drag) and the canvas
 * (which shows where it would land and adds it on release). An in-window drag, not the platform's
 * drag and drop: it needs no clipboard and works the same on every platform.
 */
public final class PaletteDrag {
  private final ReadOnlyObjectWrapper<Optional<Node>> dragged =
      new ReadOnlyObjectWrapper<>(this, "dragged", Optional.empty());

  public ReadOnlyObjectProperty<Optional<Node>> draggedProperty() {
    return dragged.getReadOnlyProperty();
  }

  public Optional<Node> dragged() {
    return dragged.get();
  }

  public void start(Node prototype) {
    dragged.set(Optional.of(prototype));
  }

  public void end() {
    dragged.set(Optional.empty());
  }
}

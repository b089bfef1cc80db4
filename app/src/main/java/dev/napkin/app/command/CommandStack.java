package dev.napkin.app.command;

import dev.napkin.model.flow.Flow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The flow being edited and the history of edits that made it. A bounded undo stack: executing a
 * command clears redo, successive steps of one gesture merge into one, and a saved mark tells
 * whether the flow differs from what was last written.
 */
public final class CommandStack {
  public static final int DEFAULT_LIMIT = 500;

  private record Entry(Command command, long revision) {}

  private final int limit;
  private final List<Entry> entries = new ArrayList<>();
  private int applied;
  private long baseRevision;
  private long nextRevision = 1;
  private long savedRevision;

  private final ReadOnlyObjectWrapper<Flow> flow = new ReadOnlyObjectWrapper<>(this, "flow");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
  private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");

  public CommandStack(Flow initial) {
    this(initial, DEFAULT_LIMIT);
  }

  public CommandStack(Flow initial, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the undo limit must be at least 1, not " + limit);
    }
    this.limit = limit;
    flow.set(Objects.requireNonNull(initial, "initial flow"));
    refresh();
  }

  public ReadOnlyObjectProperty<Flow> flowProperty() {
    return flow.getReadOnlyProperty();
  }

  public Flow flow() {
    return flow.get();
  }

  /** Applies {@code command}, merging it into the last step when both belong to one gesture. */
  public void execute(Command command) {
    Objects.requireNonNull(command, "command");
    Flow after = command.apply(flow.get());
    entries.subList(applied, entries.size()).clear();
    Optional<Command> merged =
        applied > 0 && currentRevision() != savedRevision
            ? entries.get(applied - 1).command().mergeWith(command)
            : Optional.empty();
    if (merged.isPresent()) {
      entries.set(applied - 1, new Entry(merged.get(), nextRevision++));
    } else {
      entries.add(new Entry(command, nextRevision++));
      applied++;
      if (entries.size() > limit) {
        baseRevision = entries.remove(0).revision();
        applied--;
      }
    }
    flow.set(after);
    refresh();
  }

  public void undo() {
    if (applied == 0) {
      return;
    }
    Entry entry = entries.get(--applied);
    flow.set(entry.command().revert(flow.get()));
    refresh();
  }

  public void redo() {
    if (applied == entries.size()) {
      return;
    }
    Entry entry = entries.get(applied++);
    flow.set(entry.command().apply(flow.get()));
    refresh();
  }

  /** Starts over with another flow (a file was opened): no history, nothing unsaved. */
  public void reset(Flow newFlow) {
    entries.clear();
    applied = 0;
    baseRevision = nextRevision++;
    savedRevision = baseRevision;
    flow.set(Objects.requireNonNull(newFlow, "flow"));
    refresh();
  }

  /** Remembers the current state as the one on disk. */
  public void markSaved() {
    markSaved(currentRevision());
  }

  /**
   * Remembers the state at {@code revision} as the one on disk: a save written in the background
   * marks what it wrote, even when the user has edited since (the flow then stays unsaved).
   */
  public void markSaved(long revision) {
    savedRevision = revision;
    refresh();
  }

  /** Marks the flow as unsaved even at the saved point (it was restored from a recovery file). */
  public void markUnsaved() {
    savedRevision = -1;
    refresh();
  }

  /** A number that changes with every edit, undo and redo, and repeats for a repeated state. */
  public long revision() {
    return currentRevision();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public boolean isDirty() {
    return dirty.get();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** "Undo Move 3 nodes", or "Undo" when there is nothing to undo. */
  public ReadOnlyStringProperty undoLabelProperty() {
    return undoLabel.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoLabelProperty() {
    return redoLabel.getReadOnlyProperty();
  }

  /** The labels of the steps that can be undone, oldest first. */
  public List<String> undoableLabels() {
    return entries.subList(0, applied).stream().map(e -> e.command().label()).toList();
  }

  private long currentRevision() {
    return applied == 0 ? baseRevision : entries.get(applied - 1).revision();
  }

  private void refresh() {
    dirty.set(currentRevision() != savedRevision);
    canUndo.set(applied > 0);
    canRedo.set(applied < entries.size());
    undoLabel.set(applied > 0 ? "Undo " + entries.get(applied - 1).command().label() : "Undo");
    redoLabel.set(
        applied < entries.size() ? "Redo " + entries.get(applied).command().label() : "Redo");
  }
}

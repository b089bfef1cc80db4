package dev.napkin.app.editor;

import dev.napkin.app.command.Command;
import dev.napkin.app.command.CommandStack;
import dev.napkin.model.flow.Flow;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The flow open in the window: its edit history, the file it belongs to (none while untitled) and
 * the window title that shows both, e.g. {@code clickstream.yaml • — Napkin} while unsaved.
 */
public final class FlowDocument {
  public static final String UNTITLED = "Untitled";
  private static final String UNSAVED_MARK = " •";

  private final CommandStack stack;
  private final ReadOnlyObjectWrapper<Optional<Path>> file =
      new ReadOnlyObjectWrapper<>(this, "file", Optional.empty());
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
  private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation");
  private final ReadOnlyStringWrapper untitledName =
      new ReadOnlyStringWrapper(this, "untitledName", UNTITLED);
  private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper(this, "opened");

  public FlowDocument(Flow flow, Optional<Path> file) {
    this.stack = new CommandStack(flow);
    this.file.set(file);
    title.bind(
        Bindings.createStringBinding(
            () -> fileName() + (stack.isDirty() ? UNSAVED_MARK : "") + " — Napkin",
            this.file,
            untitledName,
            stack.dirtyProperty()));
  }

  public CommandStack history() {
    return stack;
  }

  public Flow flow() {
    return stack.flow();
  }

  public ReadOnlyObjectProperty<Flow> flowProperty() {
    return stack.flowProperty();
  }

  public void execute(Command command) {
    stack.execute(command);
  }

  public void undo() {
    stack.undo();
  }

  public void redo() {
    stack.redo();
  }

  /** Replaces the whole document: a file was opened or a new flow started. */
  public void open(Flow flow, Optional<Path> newFile) {
    open(flow, newFile, UNTITLED);
  }

  /**
   * Like {@link #open(Flow, Optional)}, naming an untitled document (an example opens as {@code
   * clickstream.yaml} with no file behind it until saved).
   */
  public void open(Flow flow, Optional<Path> newFile, String nameWhenUntitled) {
    opened.set(opened.get() + 1);
    untitledName.set(nameWhenUntitled);
    stack.reset(flow);
    file.set(newFile);
    generation.set(generation.get() + 1);
  }

  /**
   * Counts the times the document was replaced by another flow (new, open, example, restore), so
   * views can start afresh (the canvas fits the new flow in view).
   */
  public ReadOnlyIntegerProperty generationProperty() {
    return generation.getReadOnlyProperty();
  }

  /** The flow was written to {@code target}: it is now the document's file and saved. */
  public void savedTo(Path target) {
    savedTo(target, stack.revision());
  }

  /**
   * The flow as it was at {@code revision} was written to {@code target}; edits made since the
   * writing began stay unsaved.
   */
  public void savedTo(Path target, long revision) {
    file.set(Optional.of(target));
    stack.markSaved(revision);
  }

  public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
    return file.getReadOnlyProperty();
  }

  public Optional<Path> file() {
    return file.get();
  }

  public String fileName() {
    return file.get().map(p -> p.getFileName().toString()).orElse(untitledName.get());
  }

  public boolean isDirty() {
    return stack.isDirty();
  }

  /**
   * Counts documents opened in place of this one; it changes before the new flow arrives, so
   * whatever belonged to the old document can be dropped first.
   */
  public ReadOnlyIntegerProperty openedProperty() {
    return opened.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }
}

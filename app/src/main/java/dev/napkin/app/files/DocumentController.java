package dev.napkin.app.files;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.problems.ProblemsViewModel;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * New, open, save, save as, examples, autosave and recovery for the one open document. Work is
 * never lost silently: replacing or closing an unsaved flow asks first, saves are atomic, and a
 * file that cannot be read opens nothing and lists its errors in the problems panel.
 */
public final class DocumentController {
  private static final String YAML = ".yaml";

  private final EditorViewModel editor;
  private final ProblemsViewModel problems;
  private final FileServices files;
  private final FileDialogs dialogs;
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private long autosavedRevision = -1;

  public DocumentController(
      EditorViewModel editor, ProblemsViewModel problems, FileServices files, FileDialogs dialogs) {
    this.editor = editor;
    this.problems = problems;
    this.files = files;
    this.dialogs = dialogs;
  }

  /** The last thing file handling has to say ("Saved flow.yaml"), for the status bar. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Shows a message in the status bar on behalf of another part of the window (exports). */
  public void tell(String text) {
    message.set(text);
  }

  private FlowDocument document() {
    return editor.document();
  }

  public void newFlow() {
    if (confirmDiscard()) {
      show(Flow.of("Untitled flow", List.of(), List.of()), Optional.empty(), FlowDocument.UNTITLED);
      message.set("New flow");
    }
  }

  public void newFromExample() {
    if (confirmDiscard()) {
      dialogs.chooseExample(files.gallery().examples()).ifPresent(this::openExample);
    }
  }

  /** Opens a bundled example as an untitled document named after its file. */
  public boolean openExample(Example example) {
    LoadResult result = files.store().read(example.text(), example.fileName());
    if (result.flow().isEmpty()) {
      refuse(example.fileName(), result.issues());
      return false;
    }
    show(result.flow().get(), Optional.empty(), example.fileName());
    located(result);
    message.set("Opened example " + example.title());
    return true;
  }

  public void open() {
    if (confirmDiscard()) {
      dialogs.chooseFileToOpen(folder()).ifPresent(this::openFile);
    }
  }

  /** Opens a file the user chose without asking about unsaved work (the caller asked). */
  public boolean openFile(Path file) {
    if (!Files.isRegularFile(file)) {
      files.recent().remove(file);
      dialogs.showError("Cannot open " + file.getFileName(), "There is no file at " + file);
      return false;
    }
    LoadResult result = files.store().read(file);
    if (result.flow().isEmpty()) {
      refuse(file.getFileName().toString(), result.issues());
      return false;
    }
    show(result.flow().get(), Optional.of(file), FlowDocument.UNTITLED);
    located(result);
    files.recent().add(file);
    message.set("Opened " + file.getFileName());
    return true;
  }

  /** Asks about unsaved work, then opens {@code file}: for the recent-files menu. */
  public void openRecent(Path file) {
    if (confirmDiscard()) {
      openFile(file);
    }
  }

  /** Saves to the document's file, asking for one when it has none. True when it was written. */
  public boolean save() {
    Optional<Path> file = document().file();
    return file.isPresent() ? writeTo(file.get()) : saveAs();
  }

  public boolean saveAs() {
    String suggested = withExtension(document().fileName());
    Optional<Path> target = dialogs.chooseFileToSave(suggested, folder());
    return target.map(t -> writeTo(withExtension(t))).orElse(false);
  }

  /** Writes the flow to {@code target} and makes it the document's file. */
  public boolean writeTo(Path target) {
    try {
      files.store().write(editor.flow(), target);
    } catch (IOException | RuntimeException e) {
      dialogs.showError(
          "Could not save " + target.getFileName(),
          "Napkin could not write " + target + ": " + e.getMessage() + ". The flow is still open.");
      return false;
    }
    document().savedTo(target);
    files.recent().add(target);
    files.recovery().clear();
    message.set("Saved " + target.getFileName());
    return true;
  }

  /**
   * Asks what to do with unsaved changes before they would be lost; true when it is fine to go on
   * (nothing unsaved, saved, or discarded).
   */
  public boolean confirmDiscard() {
    if (!document().isDirty()) {
      return true;
    }
    return switch (dialogs.askAboutUnsaved(document().fileName())) {
      case SAVE -> save();
      case DISCARD -> true;
      case CANCEL -> false;
    };
  }

  /** The window is closing: true when it may (the autosave is then removed). */
  public boolean closeRequested() {
    if (!confirmDiscard()) {
      return false;
    }
    files.recovery().clear();
    return true;
  }

  /** Copies unsaved work to the recovery folder when it changed since the last autosave. */
  public void autosave() {
    if (!document().isDirty()) {
      return;
    }
    long revision = document().history().revision();
    if (revision == autosavedRevision) {
      return;
    }
    try {
      files.recovery().save(editor.flow(), document().file(), files.clock().instant());
      autosavedRevision = revision;
    } catch (IOException | RuntimeException e) {
      message.set("Autosave failed: " + e.getMessage());
    }
  }

  /** Work left behind by a run that did not end cleanly. */
  public Optional<RecoveryStore.Recovered> pendingRecovery() {
    return files.recovery().find();
  }

  /** Opens recovered work as unsaved changes to its original file (if it had one). */
  public void restore(RecoveryStore.Recovered recovered) {
    show(recovered.flow(), recovered.original(), "Recovered.yaml");
    document().history().markUnsaved();
    message.set("Restored unsaved work from " + recovered.savedAt());
  }

  public void discardRecovery() {
    files.recovery().clear();
  }

  private void show(Flow flow, Optional<Path> file, String untitledName) {
    editor.open(flow, file, untitledName);
    problems.check(editor.flow());
    autosavedRevision = -1;
  }

  /** Until the first edit, findings about the opened flow point into its file. */
  private void located(LoadResult result) {
    problems.opened(editor.flow(), result.issues(), result.locate());
  }

  private void refuse(String name, List<Issue> issues) {
    problems.showFileIssues(issues, editor.flow());
    long errors = issues.stream().filter(Issue::isError).count();
    message.set(
        "Could not open "
            + name
            + ": "
            + errors
            + (errors == 1 ? " error" : " errors")
            + " (see Problems)");
  }

  private Optional<Path> folder() {
    return document().file().map(Path::toAbsolutePath).map(Path::getParent);
  }

  private static String withExtension(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(YAML) || lower.endsWith(".yml") || lower.endsWith(".json")
        ? name
        : name + YAML;
  }

  private static Path withExtension(Path file) {
    return file.resolveSibling(withExtension(file.getFileName().toString()));
  }
}

package dev.napkin.app.files;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.problems.ProblemsViewModel;
import dev.napkin.app.tasks.BackgroundWork;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * New, open, save, save as, examples, autosave and recovery for the one open document. Work is
 * never lost silently: replacing or closing an unsaved flow asks first, saves are atomic, and a
 * file that cannot be read opens nothing and lists its errors in the problems panel.
 *
 * <p>Reading, laying out and writing files run on {@link BackgroundWork}, one job at a time; the
 * futures returned here complete on the FX thread with true when the action was carried out. A file
 * being opened replaces the flow only once it is ready, and a second open meanwhile is ignored.
 * Bundled examples are small and open at once.
 */
public final class DocumentController {
  private static final String YAML = ".yaml";

  private final EditorViewModel editor;
  private final ProblemsViewModel problems;
  private final FileServices files;
  private final FileDialogs dialogs;
  private final BackgroundWork work;
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private CompletableFuture<Boolean> pending = done(true);
  private long autosavedRevision = -1;

  public DocumentController(
      EditorViewModel editor,
      ProblemsViewModel problems,
      FileServices files,
      FileDialogs dialogs,
      BackgroundWork work) {
    this.editor = editor;
    this.problems = problems;
    this.files = files;
    this.dialogs = dialogs;
    this.work = work;
  }

  /** The last thing file handling has to say ("Saved flow.yaml"), for the status bar. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The reading and writing of files, for the status bar's progress slot. */
  public BackgroundWork work() {
    return work;
  }

  /** True while a file is being read: the current flow stays until the new one is ready. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** Shows a message in the status bar on behalf of another part of the window (exports). */
  public void tell(String text) {
    message.set(text);
  }

  private FlowDocument document() {
    return editor.document();
  }

  public void newFlow() {
    replaceWhenAllowed(
        () -> {
          show(
              Flow.of("Untitled flow", List.of(), List.of()),
              Optional.empty(),
              FlowDocument.UNTITLED);
          message.set("New flow");
          return done(true);
        });
  }

  public void newFromExample() {
    replaceWhenAllowed(
        () ->
            done(
                dialogs
                    .chooseExample(files.gallery().examples())
                    .map(this::openExample)
                    .orElse(false)));
  }

  /** Opens a bundled example as an untitled document named after its file. */
  public boolean openExample(Example example) {
    LoadResult result = files.store().read(example.text(), example.fileName());
    if (result.flow().isEmpty()) {
      refuse(example.fileName(), result.issues());
      return false;
    }
    show(result.flow().get(), Optional.empty(), example.fileName(), Optional.of(result));
    message.set("Opened example " + example.title());
    return true;
  }

  public void open() {
    replaceWhenAllowed(
        () -> dialogs.chooseFileToOpen(folder()).map(this::openFile).orElse(done(false)));
  }

  /** Asks about unsaved work, then opens {@code file}: for the recent-files menu. */
  public void openRecent(Path file) {
    replaceWhenAllowed(() -> openFile(file));
  }

  /**
   * Reads {@code file} in the background and shows it when ready, without asking about unsaved work
   * (the caller asked). Ignored while another file is being opened.
   */
  public CompletableFuture<Boolean> openFile(Path file) {
    if (stillLoading()) {
      return done(false);
    }
    return whenIdle(() -> load(file));
  }

  private CompletableFuture<Boolean> load(Path file) {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      files.recent().remove(file);
      dialogs.showError("Cannot open " + name, "There is no file at " + file);
      return done(false);
    }
    long revisionAsked = document().history().revision();
    loading.set(true);
    pending =
        work.start(
                "Opening " + name,
                true,
                progress -> readyToShow(files.store().read(file), progress))
            .handle(
                (result, error) -> {
                  loading.set(false);
                  if (error == null) {
                    return result;
                  }
                  if (unwrap(error) instanceof CancellationException) {
                    message.set("Cancelled opening " + name + ": the flow shown stays open");
                  } else {
                    failed("open " + name, error);
                  }
                  return null;
                })
            .thenCompose(
                result -> {
                  if (result == null) {
                    return done(false);
                  }
                  if (result.result().flow().isEmpty()) {
                    refuse(name, result.result().issues());
                    return done(false);
                  }
                  // The user may have edited the old flow while this one was read: ask again.
                  boolean editedMeanwhile =
                      document().history().revision() != revisionAsked && document().isDirty();
                  return (editedMeanwhile ? confirmDiscard() : done(true))
                      .thenApply(ok -> ok && showOpened(file, result));
                })
            .exceptionally(error -> failed("open " + name, error));
    return pending;
  }

  /** A file read and ready to show: its flow placed and checked. */
  private record Loaded(LoadResult result, List<Issue> findings) {}

  /**
   * The file's flow with every node placed, and what the checker finds in it: laying out and
   * checking a big flow is work for the worker too.
   */
  private Loaded readyToShow(LoadResult read, BackgroundWork.Progress progress) {
    if (progress.isCancelled() || read.flow().isEmpty()) {
      return new Loaded(read, List.of());
    }
    Flow flow = editor.placed(read.flow().get());
    List<Issue> findings = progress.isCancelled() ? List.of() : problems.checkElsewhere(flow);
    return new Loaded(new LoadResult(Optional.of(flow), read.issues(), read.locate()), findings);
  }

  private boolean showOpened(Path file, Loaded loaded) {
    LoadResult result = loaded.result();
    editor.open(result.flow().get(), Optional.of(file), FlowDocument.UNTITLED);
    problems.opened(editor.flow(), result.issues(), result.locate(), loaded.findings());
    autosavedRevision = -1;
    files.recent().add(file);
    message.set("Opened " + file.getFileName());
    return true;
  }

  /** Saves to the document's file, asking for one when it has none; true when it was written. */
  public CompletableFuture<Boolean> save() {
    Optional<Path> file = document().file();
    return file.isPresent() ? writeTo(file.get()) : saveAs();
  }

  public CompletableFuture<Boolean> saveAs() {
    if (stillLoading()) {
      return done(false);
    }
    String suggested = withExtension(document().fileName());
    Optional<Path> target = dialogs.chooseFileToSave(suggested, folder());
    return target.map(t -> writeTo(withExtension(t))).orElse(done(false));
  }

  /**
   * Writes the flow as it is now to {@code target} in the background and makes it the document's
   * file. Edits made while it is written stay marked unsaved.
   */
  public CompletableFuture<Boolean> writeTo(Path target) {
    if (stillLoading()) {
      return done(false);
    }
    return whenIdle(() -> write(target));
  }

  private CompletableFuture<Boolean> write(Path target) {
    Flow flow = editor.flow();
    long revision = document().history().revision();
    String name = target.getFileName().toString();
    pending =
        work.start(
                "Saving " + name,
                false,
                progress -> {
                  files.store().write(flow, target);
                  return true;
                })
            .thenApply(
                written -> {
                  document().savedTo(target, revision);
                  files.recent().add(target);
                  files.recovery().clear();
                  message.set("Saved " + name);
                  return true;
                })
            .exceptionally(
                error -> {
                  dialogs.showError(
                      "Could not save " + name,
                      "Napkin could not write "
                          + target
                          + ": "
                          + reason(error)
                          + ". The flow is still open.");
                  return failed("save " + name, error);
                });
    return pending;
  }

  /**
   * Asks what to do with unsaved changes before they would be lost; completes with true when it is
   * fine to go on (nothing unsaved, saved, or discarded).
   */
  public CompletableFuture<Boolean> confirmDiscard() {
    if (!document().isDirty()) {
      return done(true);
    }
    return switch (dialogs.askAboutUnsaved(document().fileName())) {
      case SAVE -> save();
      case DISCARD -> done(true);
      case CANCEL -> done(false);
    };
  }

  /**
   * The window is closing: completes with true when it may (the autosave is then removed). A file
   * still being opened is dropped; a save still running is waited for.
   */
  public CompletableFuture<Boolean> closeRequested() {
    if (loading.get()) {
      work.cancel();
    }
    return whenIdle(this::confirmDiscard)
        .thenApply(
            ok -> {
              if (ok) {
                files.recovery().clear();
              }
              return ok;
            });
  }

  /**
   * Copies unsaved work to the recovery folder when it changed since the last autosave. Skipped
   * while other file work runs (the next tick catches up).
   */
  public void autosave() {
    long revision = document().history().revision();
    if (!document().isDirty() || revision == autosavedRevision || work.isRunning()) {
      return;
    }
    Flow flow = editor.flow();
    Optional<Path> original = document().file();
    Instant now = files.clock().instant();
    pending =
        work.start(
                "Autosaving",
                false,
                progress -> {
                  files.recovery().save(flow, original, now);
                  return true;
                })
            .thenApply(
                written -> {
                  autosavedRevision = revision;
                  return true;
                })
            .exceptionally(
                error -> {
                  message.set("Autosave failed: " + reason(error));
                  return false;
                });
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

  /** Runs an action that replaces the document: not while a file opens, and only once allowed. */
  private void replaceWhenAllowed(Supplier<CompletableFuture<Boolean>> replace) {
    if (stillLoading()) {
      return;
    }
    whenIdle(() -> confirmDiscard().thenCompose(ok -> ok ? replace.get() : done(false)));
  }

  /** Starts {@code action} now, or once the file work running now (a save, an autosave) ended. */
  private CompletableFuture<Boolean> whenIdle(Supplier<CompletableFuture<Boolean>> action) {
    if (!work.isRunning()) {
      return action.get();
    }
    return pending.handle((ok, error) -> null).thenCompose(ignored -> whenIdle(action));
  }

  private boolean stillLoading() {
    if (loading.get()) {
      message.set(work.titleProperty().get() + "… (Cancel it first to do something else)");
    }
    return loading.get();
  }

  private void show(Flow flow, Optional<Path> file, String untitledName) {
    show(flow, file, untitledName, Optional.empty());
  }

  /** Until the first edit, findings about a flow read from a file point into that file. */
  private void show(
      Flow flow, Optional<Path> file, String untitledName, Optional<LoadResult> read) {
    editor.open(flow, file, untitledName);
    if (read.isPresent()) {
      problems.opened(editor.flow(), read.get().issues(), read.get().locate());
    } else {
      problems.check(editor.flow());
    }
    autosavedRevision = -1;
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

  /** Says what could not be done and why, in the status bar; false for the caller. */
  private boolean failed(String what, Throwable error) {
    message.set("Could not " + what + ": " + reason(error));
    return false;
  }

  private static String reason(Throwable error) {
    Throwable cause = unwrap(error);
    return cause instanceof BackgroundWork.Failure
        ? BackgroundWork.reason(cause.getCause())
        : BackgroundWork.reason(cause);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while (e instanceof CompletionException && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  private static CompletableFuture<Boolean> done(boolean value) {
    return CompletableFuture.completedFuture(value);
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

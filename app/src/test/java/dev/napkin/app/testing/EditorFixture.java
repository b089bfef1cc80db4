package dev.napkin.app.testing;

import dev.napkin.app.editor.EditorWindow;
import dev.napkin.app.files.DocumentStore;
import dev.napkin.app.files.MemorySettings;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.FlowCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.stage.Stage;

/** An editor window for UI tests: in-memory settings, scripted dialogs, a temporary folder. */
public final class EditorFixture {
  public final ScriptedDialogs dialogs = new ScriptedDialogs();
  public final MemorySettings settings = new MemorySettings();
  public final EditorWindow window;

  /** Files are read and written at once on the FX thread; results still arrive a pulse later. */
  public EditorFixture(Stage stage, DocumentStore store, Path folder) {
    this(stage, store, folder, Runnable::run);
  }

  /** With the worker that reads and writes files given, so a test can hold it back. */
  public EditorFixture(Stage stage, DocumentStore store, Path folder, Executor fileWorker) {
    EditorWindow.Services services =
        new EditorWindow.Services(
            settings,
            store,
            FlowCheck::check,
            owner -> dialogs,
            folder.resolve("recovery"),
            Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC),
            fileWorker);
    window = new EditorWindow(stage, services);
  }

  /**
   * Shows the window with {@code flow} open as {@code name}, the whole flow in view (at most 100
   * %).
   */
  public EditorFixture showing(Flow flow, String name) {
    window.show(Optional.empty());
    window.editor().open(flow, Optional.empty(), name);
    window.problems().check(window.editor().flow());
    window.canvas().fitToView();
    return this;
  }
}

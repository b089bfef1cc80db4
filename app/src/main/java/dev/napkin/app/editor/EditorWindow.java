package dev.napkin.app.editor;

import dev.napkin.app.export.ExportController;
import dev.napkin.app.export.ExportMenu;
import dev.napkin.app.files.DocumentController;
import dev.napkin.app.files.DocumentStore;
import dev.napkin.app.files.Example;
import dev.napkin.app.files.ExampleGallery;
import dev.napkin.app.files.FileDialogs;
import dev.napkin.app.files.FileServices;
import dev.napkin.app.files.RecentFiles;
import dev.napkin.app.files.RecoveryStore;
import dev.napkin.app.files.Settings;
import dev.napkin.app.inspector.InspectorView;
import dev.napkin.app.inspector.InspectorViewModel;
import dev.napkin.app.palette.PaletteCatalog;
import dev.napkin.app.palette.PaletteDrag;
import dev.napkin.app.palette.PaletteEntry;
import dev.napkin.app.palette.PaletteView;
import dev.napkin.app.problems.FlowChecker;
import dev.napkin.app.problems.ProblemsView;
import dev.napkin.app.problems.ProblemsViewModel;
import dev.napkin.app.results.BottomPanel;
import dev.napkin.app.results.FlowSimulation;
import dev.napkin.app.results.FlowSweep;
import dev.napkin.app.results.FrontierPanel;
import dev.napkin.app.results.FrontierViewModel;
import dev.napkin.app.results.ResultsViewModel;
import dev.napkin.app.results.RunMenu;
import dev.napkin.app.results.SimulateControl;
import dev.napkin.app.results.SimulationRun;
import dev.napkin.app.results.SweepRunner;
import dev.napkin.app.tasks.BackgroundWork;
import dev.napkin.app.tasks.ProgressSlot;
import dev.napkin.app.theme.ThemeManager;
import dev.napkin.model.catalog.PriceCatalog;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The editor window, assembled from its parts: menu and toolbar, palette, canvas, inspector,
 * problems and results, and status bar; plus the wiring between them (problems follow edits,
 * autosave runs, closing asks about unsaved work).
 */
public final class EditorWindow {
  /** What the window needs from outside; tests pass in-memory settings and scripted dialogs. */
  public record Services(
      Settings settings,
      DocumentStore store,
      FlowChecker checker,
      Function<Window, FileDialogs> dialogs,
      Path recoveryDir,
      Clock clock,
      Executor fileWorker) {
    /** Files are read and written on a daemon thread of their own. */
    public Services(
        Settings settings,
        DocumentStore store,
        FlowChecker checker,
        Function<Window, FileDialogs> dialogs,
        Path recoveryDir,
        Clock clock) {
      this(
          settings,
          store,
          checker,
          dialogs,
          recoveryDir,
          clock,
          BackgroundWork.daemonThread("napkin-files"));
    }
  }

  private static final Duration AUTOSAVE_EVERY = Duration.seconds(20);
  private static final Duration RECHECK_AFTER = Duration.millis(250);

  /** Where the divider above the bottom panel goes at most when results arrive. */
  private static final double RESULTS_ROOM = 0.36;

  private final Stage stage;
  private final DocumentStore store;
  private final EditorViewModel editor;
  private final ProblemsViewModel problems;
  private final DocumentController documents;
  private final FlowCanvas canvas;
  private final InspectorViewModel inspector;
  private final RecoveryBanner recoveryBanner;
  private final ResultsViewModel results;
  private final FrontierViewModel frontier;
  private final Timeline autosave;

  public EditorWindow(Stage stage, Services services) {
    this.stage = stage;
    this.store = services.store();
    FlowDocument document =
        new FlowDocument(Flow.of("Untitled flow", List.of(), List.of()), Optional.empty());
    editor = new EditorViewModel(document, new ElkLayout(NodeView.WIDTH, NodeView.HEIGHT));
    problems = new ProblemsViewModel(services.checker());
    RecentFiles recent = new RecentFiles(services.settings());
    FileServices files =
        new FileServices(
            services.store(),
            recent,
            new RecoveryStore(services.recoveryDir(), services.store()),
            new ExampleGallery(services.store()),
            services.clock());
    BackgroundWork fileWork = new BackgroundWork(services.fileWorker(), Platform::runLater);
    FileDialogs dialogs = services.dialogs().apply(stage);
    documents = new DocumentController(editor, problems, files, dialogs, fileWork);
    ExportController exports =
        new ExportController(
            new ExportController.Document(
                editor::flow, () -> editor.document().file(), () -> editor.document().fileName()),
            dialogs,
            documents::tell,
            ExportController.Services.standard());
    List<PaletteEntry> entries = PaletteCatalog.entries();
    PaletteDrag drag = new PaletteDrag();
    canvas = new FlowCanvas(editor, drag);
    PaletteView palette =
        new PaletteView(
            entries, drag, entry -> editor.add(entry.prototype(), canvas.visibleCenter()));
    inspector = new InspectorViewModel(editor);
    ProblemsView problemsView = new ProblemsView(problems, this::reveal);
    ThemeManager theme = new ThemeManager(services.settings());
    WindowActions actions = new WindowActions(editor, documents, canvas, theme, this::close);
    results = new ResultsViewModel(document, simulationRun(document), PriceCatalog.bundled());
    frontier = new FrontierViewModel(document, sweepRunner(document), results);
    results.marksProperty().addListener((obs, old, marks) -> canvas.showRun(marks));
    editor
        .selection()
        .versionProperty()
        .addListener(
            (obs, old, now) ->
                editor
                    .selection()
                    .singleNode()
                    .ifPresent(
                        id -> {
                          results.selectSink(id);
                          frontier.selectSink(id);
                        }));
    recoveryBanner = new RecoveryBanner(workArea(palette, problemsView));

    BorderPane root = new BorderPane(recoveryBanner.pane());
    root.setTop(
        new VBox(
            MainMenu.build(
                actions,
                recent,
                ExportMenu.build(exports),
                () -> ShortcutsHelp.show(stage),
                RunMenu.build(results)),
            MainToolBar.build(actions, new SimulateControl(results))));
    ProgressSlot progress = new ProgressSlot().watch(documents.work());
    root.setBottom(StatusLine.build(editor, problems, documents, canvas, progress));
    root.getStyleClass().add("napkin-window");
    var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    Scene scene =
        new Scene(
            root,
            Math.min(1440, screen.getWidth() * 0.92),
            Math.min(900, screen.getHeight() * 0.92));
    theme.attach(scene);
    stage.setScene(scene);
    stage.titleProperty().bind(document.titleProperty());
    stage.setOnCloseRequest(
        e -> {
          e.consume(); // asking (and perhaps saving) may take a while: close() closes when done
          close();
        });
    recheckProblemsOnEdit();
    autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> documents.autosave()));
    autosave.setCycleCount(Timeline.INDEFINITE);
  }

  private SplitPane workArea(PaletteView palette, ProblemsView problemsView) {
    InspectorView inspectorView = new InspectorView(inspector);
    SplitPane columns = new SplitPane(palette, canvas, inspectorView);
    columns.setDividerPositions(0.15, 0.74);
    SplitPane.setResizableWithParent(palette, false);
    SplitPane.setResizableWithParent(inspectorView, false);
    SplitPane rows = new SplitPane(columns);
    BottomPanel bottom =
        new BottomPanel(
            problemsView,
            problems,
            results,
            () -> rows.setDividerPositions(Math.min(rows.getDividerPositions()[0], RESULTS_ROOM)));
    Tab frontierTab = new Tab("Frontier", new FrontierPanel(frontier));
    frontierTab.setId("frontier-tab");
    bottom.addFrontier(frontierTab);
    frontier
        .runner()
        .stateProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == dev.napkin.app.results.RunState.DONE) {
                rows.setDividerPositions(Math.min(rows.getDividerPositions()[0], RESULTS_ROOM));
              }
            });
    rows.getItems().add(bottom);
    rows.setOrientation(Orientation.VERTICAL);
    rows.setDividerPositions(0.8);
    SplitPane.setResizableWithParent(bottom, false);
    return rows;
  }

  /** Simulations run on one background thread and report back on the FX thread. */
  private static SimulationRun simulationRun(FlowDocument document) {
    ExecutorService background =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "napkin-simulate");
              thread.setDaemon(true);
              return thread;
            });
    return new SimulationRun(
        FlowSimulation.standard(() -> document.file().map(Path::getParent)),
        background,
        Platform::runLater);
  }

  /** Sweeps run on a background thread of their own (the sweep spreads points over the cores). */
  private static SweepRunner sweepRunner(FlowDocument document) {
    return new SweepRunner(
        FlowSweep.standard(FlowSimulation.standard(() -> document.file().map(Path::getParent))),
        BackgroundWork.daemonThread("napkin-sweep"),
        Platform::runLater);
  }

  public FrontierViewModel frontier() {
    return frontier;
  }

  public ResultsViewModel results() {
    return results;
  }

  /** Shows the window with the starter example, or offers to restore work a crash left behind. */
  public void show(Optional<Path> fileToOpen) {
    Optional<RecoveryStore.Recovered> recovered = documents.pendingRecovery();
    openStarter();
    fileToOpen.ifPresent(
        file -> documents.openFile(file).thenRun(() -> Platform.runLater(canvas::fitToView)));
    stage.show();
    autosave.play();
    Platform.runLater(canvas::fitToView);
    recovered.ifPresent(
        r ->
            Platform.runLater(
                () ->
                    recoveryBanner.offer(
                        r,
                        () -> {
                          documents.restore(r);
                          canvas.fitToView();
                        },
                        documents::discardRecovery)));
  }

  private void openStarter() {
    var gallery = new ExampleGallery(store);
    Optional<String> text = gallery.text(ExampleGallery.STARTER);
    boolean opened =
        text.isPresent()
            && documents.openExample(
                new Example(ExampleGallery.STARTER, ExampleGallery.STARTER, "", text.get()));
    if (!opened) {
      problems.check(editor.flow());
    }
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

  public ProblemsViewModel problems() {
    return problems;
  }

  public InspectorViewModel inspector() {
    return inspector;
  }

  private void close() {
    documents
        .closeRequested()
        .thenAccept(
            ok -> {
              if (ok) {
                autosave.stop();
                stage.close();
              }
            });
  }

  /** Re-checks a short while after the last edit that changed more than positions. */
  private void recheckProblemsOnEdit() {
    PauseTransition wait = new PauseTransition(RECHECK_AFTER);
    wait.setOnFinished(e -> problems.check(editor.flow()));
    editor
        .document()
        .flowProperty()
        .addListener(
            (obs, old, now) -> {
              boolean onlyMoved = old != null && old.withLayout(now.layout()).equals(now);
              if (!onlyMoved) {
                wait.playFromStart();
              }
            });
    problems
        .issues()
        .addListener(
            (javafx.collections.ListChangeListener<Issue>)
                c -> canvas.showProblems(problems.issues()));
  }

  /** Selects what a problem concerns and brings it into view. */
  private void reveal(Issue issue) {
    issue
        .node()
        .filter(id -> editor.flow().node(id).isPresent())
        .ifPresent(
            id -> {
              editor.selection().selectOnly(id);
              canvas.centerOn(id);
            });
    issue
        .edge()
        .filter(key -> editor.edge(key).isPresent())
        .ifPresent(
            key -> {
              editor.selection().selectOnly(key);
              canvas.centerOn(key.from());
            });
  }
}

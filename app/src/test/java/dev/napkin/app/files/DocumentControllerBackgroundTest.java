package dev.napkin.app.files;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.app.editor.ElkLayout;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.problems.ProblemsViewModel;
import dev.napkin.app.tasks.BackgroundWork;
import dev.napkin.app.testing.Flows;
import dev.napkin.app.testing.HeldExecutor;
import dev.napkin.app.testing.ScriptedDialogs;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.SpecFormat;
import dev.napkin.model.spec.SpecWriter;
import dev.napkin.model.validate.FlowCheck;
import dev.napkin.model.validate.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening and saving on a worker the test holds back, so "while it runs" is a place in a test. */
class DocumentControllerBackgroundTest {
  @TempDir Path folder;
  private final HeldExecutor worker = new HeldExecutor();
  private final BackgroundWork work = new BackgroundWork(worker, Runnable::run);
  private final SpecDocumentStore store = new SpecDocumentStore();
  private final ScriptedDialogs dialogs = new ScriptedDialogs();
  private final FlowDocument document = new FlowDocument(Flows.chain(), Optional.empty());
  private final EditorViewModel editor = new EditorViewModel(document, new ElkLayout(188, 76));
  private final List<String> checks = new ArrayList<>();
  private boolean onWorker;
  private final ProblemsViewModel problems =
      new ProblemsViewModel(
          flow -> {
            checks.add(flow.name() + (onWorker ? " on the worker" : " on the FX thread"));
            return FlowCheck.check(flow);
          });
  private DocumentController docs;

  @BeforeEach
  void createController() {
    FileServices files =
        new FileServices(
            store,
            new RecentFiles(new MemorySettings()),
            new RecoveryStore(folder.resolve("recovery"), store),
            new ExampleGallery(store),
            Clock.systemUTC());
    docs = new DocumentController(editor, problems, files, dialogs, work);
  }

  private Path fileWith(Flow flow, String name) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, SpecWriter.write(flow, SpecFormat.YAML));
    return file;
  }

  private static Flow renamed(String name) {
    Flow chain = Flows.chain();
    return Flow.of(name, chain.nodes(), chain.edges()).withLayout(chain.layout());
  }

  private void runWorker() {
    onWorker = true;
    worker.runAll();
    onWorker = false;
  }

  private void edit() {
    editor.selection().selectOnly(id("clicks"));
    editor.nudge(10, 0);
  }

  @Test
  void opensInTheBackgroundAndKeepsTheCurrentFlowUntilTheNewOneIsReady() throws IOException {
    Path file = fileWith(renamed("Other"), "other.yaml");
    Flow before = editor.flow();

    CompletableFuture<Boolean> opened = docs.openFile(file);

    assertThat(opened).isNotDone();
    assertThat(docs.loadingProperty().get()).isTrue();
    assertThat(work.titleProperty().get()).isEqualTo("Opening other.yaml");
    assertThat(editor.flow()).isSameAs(before);

    worker.runAll();

    assertThat(opened.join()).isTrue();
    assertThat(editor.flow().name()).isEqualTo("Other");
    assertThat(document.titleProperty().get()).isEqualTo("other.yaml — Napkin");
    assertThat(docs.loadingProperty().get()).isFalse();
    assertThat(docs.messageProperty().get()).isEqualTo("Opened other.yaml");
  }

  @Test
  void anOpenedFlowIsLaidOutAndCheckedOnTheWorkerOnce() throws IOException {
    Path file = fileWith(renamed("Other"), "other.yaml");

    docs.openFile(file);
    runWorker();

    assertThat(checks).containsExactly("Other on the worker");
    assertThat(problems.issues()).isNotEmpty();
    assertThat(problems.issues()).allSatisfy(i -> assertThat(i.location()).isPresent());
  }

  @Test
  void aSecondOpenWhileOneLoadsIsIgnored() throws IOException {
    Path first = fileWith(renamed("First"), "first.yaml");
    Path second = fileWith(renamed("Second"), "second.yaml");

    CompletableFuture<Boolean> opening = docs.openFile(first);
    CompletableFuture<Boolean> ignored = docs.openFile(second);
    docs.open();

    assertThat(ignored.join()).isFalse();
    assertThat(dialogs.asked).isEmpty();
    assertThat(docs.messageProperty().get())
        .isEqualTo("Opening first.yaml… (Cancel it first to do something else)");
    worker.runAll();
    assertThat(opening.join()).isTrue();
    assertThat(editor.flow().name()).isEqualTo("First");
  }

  @Test
  void cancellingAnOpenKeepsTheCurrentFlowAndItsHistory() throws IOException {
    Path file = fileWith(renamed("Other"), "other.yaml");
    edit();
    Flow edited = editor.flow();

    CompletableFuture<Boolean> opened = docs.openFile(file);
    work.cancel();
    worker.runAll();

    assertThat(opened.join()).isFalse();
    assertThat(editor.flow()).isSameAs(edited);
    assertThat(document.isDirty()).isTrue();
    assertThat(document.history().canUndoProperty().get()).isTrue();
    assertThat(docs.loadingProperty().get()).isFalse();
    assertThat(docs.messageProperty().get())
        .isEqualTo("Cancelled opening other.yaml: the flow shown stays open");
  }

  @Test
  void aMalformedFileOpensNothingAndListsItsErrorsWithLineAndColumn() throws IOException {
    Path bad = folder.resolve("bad.yaml");
    Files.writeString(
        bad,
        "napkin: 1\nname: Bad\nnodes:\n  - id: a\n    kind: source\n    rate: 40 per second\n");
    Flow before = editor.flow();

    CompletableFuture<Boolean> opened = docs.openFile(bad);
    worker.runAll();

    assertThat(opened.join()).isFalse();
    assertThat(editor.flow()).isSameAs(before);
    assertThat(problems.issues().get(0).isError()).isTrue();
    assertThat(problems.issues().get(0).location())
        .contains(new SourceLocation(bad.toString(), 6, 11));
    assertThat(docs.messageProperty().get())
        .isEqualTo("Could not open bad.yaml: 1 error (see Problems)");
  }

  @Test
  void anEditMadeWhileSavingStaysUnsaved() throws IOException {
    Path file = folder.resolve("chain.yaml");
    edit();
    Flow written = editor.flow();

    CompletableFuture<Boolean> saved = docs.writeTo(file);
    edit();
    worker.runAll();

    assertThat(saved.join()).isTrue();
    assertThat(Files.readString(file)).isEqualTo(SpecWriter.write(written, SpecFormat.YAML));
    assertThat(document.isDirty()).isTrue();
    assertThat(document.titleProperty().get()).isEqualTo("chain.yaml • — Napkin");

    editor.undo(); // back to exactly what was written
    assertThat(document.isDirty()).isFalse();
    assertThat(document.titleProperty().get()).isEqualTo("chain.yaml — Napkin");
  }

  @Test
  void aSaveWithNoEditMeanwhileLeavesTheFlowSaved() {
    edit();
    CompletableFuture<Boolean> saved = docs.writeTo(folder.resolve("chain.yaml"));
    assertThat(document.isDirty()).isTrue();
    worker.runAll();
    assertThat(saved.join()).isTrue();
    assertThat(document.isDirty()).isFalse();
  }

  @Test
  void editingTheOldFlowWhileANewOneLoadsAsksAgainBeforeReplacingIt() throws IOException {
    Path file = fileWith(renamed("Other"), "other.yaml");

    CompletableFuture<Boolean> opened = docs.openFile(file);
    edit();
    Flow edited = editor.flow();
    dialogs.unsavedAnswers.add(FileDialogs.Unsaved.CANCEL);
    worker.runAll();

    assertThat(opened.join()).isFalse();
    assertThat(dialogs.asked).containsExactly("unsaved Untitled");
    assertThat(editor.flow()).isSameAs(edited);
  }

  @Test
  void closingWhileASaveRunsWaitsForItAndDoesNotAsk() {
    edit();
    docs.writeTo(folder.resolve("chain.yaml"));

    CompletableFuture<Boolean> close = docs.closeRequested();
    assertThat(close).isNotDone();
    worker.runAll();

    assertThat(close.join()).isTrue();
    assertThat(dialogs.asked).isEmpty();
  }

  @Test
  void aSaveThatFailsSaysWhyAndKeepsTheFlowUnsaved() throws IOException {
    Path blocker = folder.resolve("not-a-folder");
    Files.writeString(blocker, "x");
    edit();

    CompletableFuture<Boolean> saved = docs.writeTo(blocker.resolve("chain.yaml"));
    worker.runAll();

    assertThat(saved.join()).isFalse();
    assertThat(document.isDirty()).isTrue();
    assertThat(dialogs.errors).hasSize(1);
    assertThat(dialogs.errors.get(0))
        .startsWith("Could not save chain.yaml: Napkin could not write");
    assertThat(docs.messageProperty().get()).startsWith("Could not save chain.yaml: ");
    assertThat(work.isRunning()).isFalse();
  }
}

package dev.napkin.app.files;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.app.editor.ElkLayout;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.problems.ProblemsViewModel;
import dev.napkin.app.tasks.BackgroundWork;
import dev.napkin.app.testing.Flows;
import dev.napkin.app.testing.ScriptedDialogs;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.spec.SpecFormat;
import dev.napkin.model.spec.SpecWriter;
import dev.napkin.model.validate.FlowCheck;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentControllerTest {
  /** Work done at once on the calling thread: each call below has finished when it returns. */
  private static final BackgroundWork DIRECT_WORK =
      new BackgroundWork(Runnable::run, Runnable::run);

  @TempDir Path folder;
  private final SpecDocumentStore store = new SpecDocumentStore();
  private final ScriptedDialogs dialogs = new ScriptedDialogs();
  private final MemorySettings settings = new MemorySettings();
  private final FlowDocument document = new FlowDocument(Flows.chain(), Optional.empty());
  private final EditorViewModel editor = new EditorViewModel(document, new ElkLayout(188, 76));
  private final ProblemsViewModel problems = new ProblemsViewModel(FlowCheck::check);

  private DocumentController controller() {
    FileServices files =
        new FileServices(
            store,
            new RecentFiles(settings),
            new RecoveryStore(folder.resolve("recovery"), store),
            new ExampleGallery(store),
            Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
    return new DocumentController(editor, problems, files, dialogs, DIRECT_WORK);
  }

  private DocumentController docs;

  @org.junit.jupiter.api.BeforeEach
  void createController() {
    docs = controller();
  }

  private void edit() {
    editor.selection().selectOnly(id("clicks"));
    editor.nudge(10, 0);
  }

  @Test
  void savesCanonicalTextAtomicallyAndReopensTheSameFlow() throws IOException {
    Path file = folder.resolve("chain.yaml");
    edit();

    assertThat(docs.writeTo(file).join()).isTrue();
    assertThat(Files.readString(file)).isEqualTo(SpecWriter.write(editor.flow(), SpecFormat.YAML));
    assertThat(document.isDirty()).isFalse();
    assertThat(document.titleProperty().get()).isEqualTo("chain.yaml — Napkin");
    Flow saved = editor.flow();

    editor.open(Flows.chain().withLayout(dev.napkin.model.flow.Layout.EMPTY), Optional.empty());
    assertThat(docs.openFile(file).join()).isTrue();
    assertThat(editor.flow()).isEqualTo(saved);
    assertThat(new RecentFiles(settings).files()).containsExactly(file.toAbsolutePath());
  }

  @Test
  void theExtensionChoosesJson() throws IOException {
    Path file = folder.resolve("chain.json");
    docs.writeTo(file);
    assertThat(Files.readString(file)).startsWith("{");
    assertThat(docs.openFile(file).join()).isTrue();
    assertThat(editor.flow()).isEqualTo(Flows.chain());
  }

  @Test
  void saveAsAddsAnExtensionWhenTheUserGaveNone() {
    dialogs.files.add(Optional.of(folder.resolve("mine")));
    assertThat(docs.saveAs().join()).isTrue();
    assertThat(Files.exists(folder.resolve("mine.yaml"))).isTrue();
    assertThat(document.file()).contains(folder.resolve("mine.yaml"));
  }

  @Test
  void aMalformedFileOpensNothingAndListsItsErrorsWithLineAndColumn() throws IOException {
    Path bad = folder.resolve("bad.yaml");
    Files.writeString(
        bad,
        "napkin: 1\nname: Bad\nnodes:\n  - id: a\n    kind: source\n    rate: 40 per second\n");
    Flow before = editor.flow();

    assertThat(docs.openFile(bad).join()).isFalse();

    assertThat(editor.flow()).isSameAs(before);
    Issue first = problems.issues().get(0);
    assertThat(first.isError()).isTrue();
    assertThat(first.location()).contains(new SourceLocation(bad.toString(), 6, 11));
    assertThat(docs.messageProperty().get())
        .isEqualTo("Could not open bad.yaml: 1 error (see Problems)");
  }

  @Test
  void findingsAboutAFreshlyOpenedFilePointIntoIt() throws IOException {
    Path file = folder.resolve("chain.yaml");
    Files.writeString(file, SpecWriter.write(Flows.chain(), SpecFormat.YAML));

    docs.openFile(file);

    assertThat(problems.issues()).isNotEmpty();
    assertThat(problems.issues()).allSatisfy(i -> assertThat(i.location()).isPresent());
  }

  @Test
  void replacingUnsavedWorkAsksFirst() {
    edit();
    dialogs.unsavedAnswers.add(FileDialogs.Unsaved.CANCEL);
    docs.newFlow();
    assertThat(editor.flow().nodes()).hasSize(3);

    dialogs.unsavedAnswers.add(FileDialogs.Unsaved.DISCARD);
    docs.newFlow();
    assertThat(editor.flow().nodes()).isEmpty();
    assertThat(dialogs.asked).containsExactly("unsaved Untitled", "unsaved Untitled");
  }

  @Test
  void answeringSaveToAnUntitledFlowAsksWhereAndClosesOnlyWhenWritten() {
    edit();
    dialogs.unsavedAnswers.add(FileDialogs.Unsaved.SAVE);
    dialogs.files.add(Optional.empty());
    assertThat(docs.closeRequested().join()).isFalse();

    dialogs.unsavedAnswers.add(FileDialogs.Unsaved.SAVE);
    dialogs.files.add(Optional.of(folder.resolve("kept.yaml")));
    assertThat(docs.closeRequested().join()).isTrue();
    assertThat(Files.exists(folder.resolve("kept.yaml"))).isTrue();
  }

  @Test
  void autosaveKeepsUnsavedWorkThatTheNextStartCanRestore() {
    edit();
    Flow unsaved = editor.flow();
    docs.autosave();

    // The app "crashed": a new session on the same recovery folder.
    FlowDocument next = new FlowDocument(Flows.chain(), Optional.empty());
    EditorViewModel nextEditor = new EditorViewModel(next, new ElkLayout(188, 76));
    DocumentController nextDocs =
        new DocumentController(
            nextEditor,
            new ProblemsViewModel(FlowCheck::check),
            new FileServices(
                store,
                new RecentFiles(settings),
                new RecoveryStore(folder.resolve("recovery"), store),
                new ExampleGallery(store),
                Clock.systemUTC()),
            dialogs,
            DIRECT_WORK);
    RecoveryStore.Recovered found = nextDocs.pendingRecovery().orElseThrow();
    assertThat(found.savedAt()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));

    nextDocs.restore(found);
    assertThat(nextEditor.flow()).isEqualTo(unsaved);
    assertThat(next.isDirty()).isTrue();
  }

  @Test
  void savingOrClosingCleanlyRemovesTheAutosave() {
    edit();
    docs.autosave();
    docs.writeTo(folder.resolve("chain.yaml"));
    assertThat(docs.pendingRecovery()).isEmpty();

    edit();
    docs.autosave();
    assertThat(docs.pendingRecovery()).isPresent();
    dialogs.unsavedAnswers.add(FileDialogs.Unsaved.DISCARD);
    assertThat(docs.closeRequested().join()).isTrue();
    assertThat(docs.pendingRecovery()).isEmpty();
  }

  @Test
  void theGalleryOffersEveryBundledExample() {
    assertThat(new ExampleGallery(store).examples())
        .extracting(Example::fileName)
        .contains("clickstream.yaml", "fraud-scoring.yaml")
        .allSatisfy(name -> assertThat(name).endsWith(".yaml"));
    dialogs.exampleToPick = Optional.of("fraud-scoring.yaml");
    docs.newFromExample();
    assertThat(document.fileName()).isEqualTo("fraud-scoring.yaml");
    assertThat(document.file()).isEmpty();
    assertThat(editor.flow().nodes()).isNotEmpty();
    assertThat(editor.flow().layout().positions()).hasSize(editor.flow().nodes().size());
  }

  @Test
  void movingANodeAndSavingChangesOnlyTheLayout() throws IOException {
    Path file = folder.resolve("chain.yaml");
    docs.writeTo(file);
    String before = Files.readString(file);
    editor.selection().selectOnly(id("dashboard"));
    long gesture = editor.beginMove();
    editor.moveTo(gesture, 40, 0);
    docs.save();

    String after = Files.readString(file);
    assertThat(after.substring(0, after.indexOf("layout:")))
        .isEqualTo(before.substring(0, before.indexOf("layout:")));
    assertThat(editor.positionOf(id("dashboard"))).isEqualTo(new Point(600, 100));
  }
}

package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.testing.ScriptedDialogs;
import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Source;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import dev.napkin.simulator.run.ModeRegistry;
import dev.napkin.simulator.run.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export without windows: scripted dialogs, and work run where the test can see it. */
class ExportControllerTest {
  @TempDir Path dir;

  private final ScriptedDialogs dialogs = new ScriptedDialogs();
  private final List<String> status = new ArrayList<>();
  private final List<Runnable> background = new ArrayList<>();
  private final List<Runnable> ui = new ArrayList<>();

  /** A small flow (a few records per second) with short settings of its own. */
  private final Flow flow =
      Flow.of(
              SmallFlows.clickstream().name(),
              List.of(
                  Source.of("clicks", Rate.perSecond(5)),
                  SmallFlows.clickstream().nodes().get(1),
                  SmallFlows.clickstream().nodes().get(2)),
              SmallFlows.clickstream().edges())
          .withSimulation(
              SmallFlows.clickstream()
                  .simulation()
                  .withHorizon(Duration.ofMinutes(20))
                  .withWarmup(Duration.ofMinutes(2))
                  .withReplications(1))
          .withLayout(Layout.EMPTY);

  private ExportController controller(Flow shown) {
    Executor queued = background::add;
    Executor onUi = ui::add;
    return new ExportController(
        new ExportController.Document(
            () -> shown, () -> Optional.of(dir.resolve("clicks.yaml")), () -> "clicks.yaml"),
        dialogs,
        status::add,
        new ExportController.Services(
            ModeRegistry.standard(), Prices.bundled(), new Simulator(1), queued, onUi));
  }

  @Test
  void picturesAreWrittenToTheChosenFileAtOnce() throws IOException {
    Path target = dir.resolve("picture.svg");
    dialogs.files.add(Optional.of(target));

    controller(flow).export(ExportFormat.SVG);

    assertThat(dialogs.asked).containsExactly("save as clicks.svg");
    assertThat(Files.readString(target)).startsWith("<?xml").contains("id=\"node-clicks\"");
    assertThat(status).containsExactly("Exported picture.svg");
    assertThat(background).isEmpty();
  }

  @Test
  void cancellingTheDialogWritesNothing() throws IOException {
    controller(flow).export(ExportFormat.PNG);

    assertThat(status).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void reportSimulatesInTheBackgroundAndSaysWhenDone() throws IOException {
    Path target = dir.resolve("review.md");
    dialogs.files.add(Optional.of(target));
    ExportController exports = controller(flow);

    exports.export(ExportFormat.MARKDOWN);

    assertThat(status).containsExactly("Simulating Clickstream for the markdown report…");
    assertThat(exports.runningProperty().get()).isTrue();
    assertThat(target).doesNotExist();
    runAll(background);
    runAll(ui);
    assertThat(exports.runningProperty().get()).isFalse();
    assertThat(status.get(1)).startsWith("Wrote review.md (recommends ");
    assertThat(Files.readString(target))
        .contains("Simulated 20m after a 2m warm-up, 1 replication");
    assertThat(dir.resolve("review-files").resolve("flow.svg")).exists();
  }

  @Test
  void onlyOneReportAtATime() {
    dialogs.files.add(Optional.of(dir.resolve("a.csv")));
    dialogs.files.add(Optional.of(dir.resolve("b.csv")));
    ExportController exports = controller(flow);

    exports.export(ExportFormat.CSV);
    exports.export(ExportFormat.HTML);

    assertThat(background).hasSize(1);
    assertThat(status.get(1)).isEqualTo("A report is already being made");
  }

  @Test
  void aFailedReportSaysWhyInTheStatusBar() throws IOException {
    Path blocked = dir.resolve("taken");
    Files.writeString(blocked, "a file, not a folder");
    dialogs.files.add(Optional.of(blocked.resolve("r.csv")));
    ExportController exports = controller(flow);

    exports.export(ExportFormat.CSV);
    runAll(background);
    runAll(ui);

    assertThat(status.get(1)).startsWith("Could not write r.csv: ");
    assertThat(exports.runningProperty().get()).isFalse();
  }

  @Test
  void aFailedPictureSaysWhyInTheStatusBar() throws IOException {
    Path blocked = dir.resolve("taken");
    Files.writeString(blocked, "a file, not a folder");
    dialogs.files.add(Optional.of(blocked.resolve("p.png")));

    controller(flow).export(ExportFormat.PNG);

    assertThat(status).hasSize(1);
    assertThat(status.get(0)).startsWith("Could not export p.png: ");
  }

  private static void runAll(List<Runnable> queue) {
    while (!queue.isEmpty()) {
      queue.remove(0).run();
    }
  }
}

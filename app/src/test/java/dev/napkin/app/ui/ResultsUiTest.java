package dev.napkin.app.ui;

import static dev.napkin.app.testing.ResultsFlows.DASHBOARD;
import static dev.napkin.app.testing.ResultsFlows.PARSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.results.ModeRow;
import dev.napkin.app.results.ResultsViewModel;
import dev.napkin.app.results.RunState;
import dev.napkin.app.testing.ResultsFlows;
import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Simulating from the window: progress, cancel, the table and charts, the SLA control. */
class ResultsUiTest extends EditorUiTest {
  private Flow flow = ResultsFlows.quick();

  @Start
  void start(Stage stage) {
    open(stage);
  }

  @Override
  Flow flow() {
    return flow;
  }

  private ResultsViewModel results() {
    return fixture.window.results();
  }

  private void waitFor(long seconds, java.util.concurrent.Callable<Boolean> condition)
      throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    settle();
  }

  private void simulateAndWait(FxRobot robot) throws Exception {
    robot.clickOn("#simulate");
    waitFor(60, () -> results().run().stateProperty().get() == RunState.DONE);
  }

  @Test
  void f5SimulatesAndFillsTheTableAndChartsWithTheSimulatorsFigures(FxRobot robot)
      throws Exception {
    robot.clickOn(canvas());
    robot.type(KeyCode.F5);
    waitFor(60, () -> results().run().stateProperty().get() == RunState.DONE);

    SimulationResult result = results().resultProperty().get().orElseThrow();
    TableView<?> table = robot.lookup("#comparison-table").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(4);
    for (int i = 0; i < 4; i++) {
      ModeRow row = (ModeRow) table.getItems().get(i);
      ModeResult mode = result.modes().get(i);
      var latency = mode.sink(DASHBOARD).orElseThrow().latency().orElseThrow();
      assertThat(row.mode()).isEqualTo(mode.mode());
      assertThat(row.p95()).isEqualTo(Wording.duration(latency.p95().mean()));
      assertThat(row.costPerMonth()).isEqualTo(Wording.usd(mode.costPerMonthUsd()));
    }
    LineChart<?, ?> cdf = robot.lookup("#cdf-chart .chart").queryAs(LineChart.class);
    assertThat(cdf.getData()).hasSize(5); // four modes and the SLA line
    assertThat(cdf.getData())
        .extracting(
            series -> {
              var classes = series.getNode().getStyleClass();
              return classes.get(classes.size() - 1);
            })
        .containsExactly(
            "mode-as-designed", "mode-batch", "mode-micro-batch", "mode-streaming", "sla-line");
    assertThat(robot.lookup("#recommendation-headline").queryLabeled().getText())
        .startsWith("Pick " + result.recommendation().orElseThrow().mode());
    exec(robot, () -> fixture.window.results().selectMode("streaming"));
    LineChart<?, ?> backlog = robot.lookup("#backlog-chart .chart").queryAs(LineChart.class);
    assertThat(backlog.getData()).hasSize(1);
    assertThat(backlog.getData().get(0).getName()).isEqualTo(PARSE.value());
    assertThat(backlog.getData().get(0).getData()).hasSize(200);
    assertThat(robot.lookup(".run-chip").queryAll()).hasSize(2);
    assertThat(robot.lookup("#status-counts").tryQuery()).isPresent();
  }

  @Test
  void showsProgressAndCancelStopsTheSimulatorWithinAFractionOfASecond(FxRobot robot)
      throws Exception {
    exec(robot, () -> editor().open(ResultsFlows.slow(), java.util.Optional.empty(), "slow.yaml"));
    Button simulate = robot.lookup("#simulate").queryButton();

    robot.clickOn(simulate);
    waitFor(20, () -> results().run().progressProperty().get() > 0);

    assertThat(simulate.getText()).isEqualTo("Cancel");
    ProgressBar bar = robot.lookup("#simulate-progress").queryAs(ProgressBar.class);
    assertThat(bar.isVisible()).isTrue();
    assertThat(bar.getProgress()).isBetween(0.0, 1.0).isGreaterThan(0.0);
    assertThat(robot.lookup("#results-notice").queryLabeled().getText())
        .startsWith("Simulating slow.yaml… ");
    assertThat(simulatorThreads()).isNotEmpty();

    long[] cancelledAt = new long[1];
    results()
        .run()
        .stateProperty()
        .addListener((obs, old, now) -> cancelledAt[0] = System.nanoTime());
    robot.clickOn(simulate);
    WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> simulatorThreads().isEmpty());
    double seconds = (System.nanoTime() - cancelledAt[0]) / 1e9;
    settle();
    assertThat(results().run().stateProperty().get()).isEqualTo(RunState.CANCELLED);
    assertThat(simulate.getText()).isEqualTo("Simulate");
    assertThat(seconds)
        .as("seconds from Cancel until the simulator's threads ended")
        .isLessThan(1.0);
    assertThat(results().resultProperty().get()).isEmpty();
  }

  /** The simulator's worker threads still alive. */
  private static List<Thread> simulatorThreads() {
    List<Thread> alive = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith("napkin-sim-")) {
        alive.add(t);
      }
    }
    return alive;
  }

  @Test
  void changingTheSlaUpdatesTheVerdictsWithoutSimulatingAgain(FxRobot robot) throws Exception {
    simulateAndWait(robot);
    List<RunState> states = new ArrayList<>();
    results().run().stateProperty().addListener((obs, old, now) -> states.add(now));
    TableView<?> table = robot.lookup("#comparison-table").queryAs(TableView.class);
    assertThat(((ModeRow) table.getItems().get(2)).sla()).startsWith("✓ ");

    robot.doubleClickOn("#sla-target").eraseText(4).write("10ms").type(KeyCode.ENTER);
    settle();

    assertThat(((ModeRow) table.getItems().get(2)).sla()).startsWith("✗ ");
    assertThat(robot.lookup("#recommendation-headline").queryLabeled().getText())
        .startsWith("No mode meets every SLA");
    assertThat(states).isEmpty();
    assertThat(results().staleProperty().get()).isFalse();
    Node chip = robot.lookup(".run-chip.status-missed").query();
    assertThat(chip).isNotNull();
  }
}

package dev.napkin.app.ui;

import static dev.napkin.app.testing.ResultsFlows.DASHBOARD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.results.FrontierRow;
import dev.napkin.app.results.FrontierViewModel;
import dev.napkin.app.results.RunState;
import dev.napkin.app.testing.FrontierFlows;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.result.Wording;
import dev.napkin.simulator.sweep.SweepPoint;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sweeping from the Frontier tab: the table and chart, then Apply and Ctrl+Z. */
class FrontierUiTest extends EditorUiTest {
  /** Two sinks, 5 minutes simulated once: the standard grid sweeps in seconds. */
  private final Flow flow =
      FrontierFlows.twoSinks()
          .withSimulation(
              new SimulationSettings(
                  Duration.ofMinutes(5),
                  Duration.ofMinutes(1),
                  1,
                  7,
                  SimulationSettings.Fidelity.EXACT));

  @Start
  void start(Stage stage) {
    open(stage);
  }

  @Override
  Flow flow() {
    return flow;
  }

  private FrontierViewModel frontier() {
    return fixture.window.frontier();
  }

  @Test
  void sweepFillsTheTableAndChartThenApplyIsUndoneByCtrlZ(FxRobot robot) throws Exception {
    robot.clickOn("Frontier");
    robot.clickOn("#frontier-sweep");
    WaitForAsyncUtils.waitFor(
        90, TimeUnit.SECONDS, () -> frontier().runner().stateProperty().get() == RunState.DONE);
    settle();

    List<SweepPoint> onFrontier = frontier().frontierProperty().get();
    assertThat(onFrontier).isNotEmpty();
    TableView<?> table = robot.lookup("#frontier-table").queryAs(TableView.class);
    assertThat(table.getItems()).isEqualTo(frontier().rows());
    assertThat(table.getItems()).extracting(r -> ((FrontierRow) r).point()).containsAll(onFrontier);
    FrontierRow first = (FrontierRow) table.getItems().get(0);
    assertThat(first.costPerMonth()).isEqualTo(Wording.usd(onFrontier.get(0).costPerMonthUsd()));
    LineChart<?, ?> chart = robot.lookup("#frontier-chart .chart").queryAs(LineChart.class);
    XYChart.Series<?, ?> line =
        chart.getData().stream()
            .filter(s -> s.getNode().getStyleClass().contains("frontier-line"))
            .findFirst()
            .orElseThrow();
    assertThat(line.getData()).hasSize(onFrontier.size());
    assertThat(line.getData().get(0).getYValue().toString())
        .isEqualTo(onFrontier.get(0).costPerMonthUsd().toString());
    long dots =
        frontier().pointsProperty().get().stream()
            .filter(p -> p.slaLatencySeconds(DASHBOARD).isPresent())
            .count();
    assertThat(robot.lookup("#frontier-chart .chart .sweep-dot").queryAll()).hasSize((int) dots);
    assertThat(robot.lookup("#frontier-chart .chart .current-mark").queryAll()).hasSize(1);
    assertThat(robot.lookup("#frontier-summary").queryLabeled().getText())
        .isEqualTo(frontier().summaryProperty().get())
        .startsWith("Cheapest that meets every SLA: ");

    FrontierRow selected = (FrontierRow) table.getSelectionModel().getSelectedItem();
    assertThat(selected.point()).isSameAs(frontier().cheapestProperty().get().orElseThrow());

    int pick = indexNotCurrent(table);
    exec(robot, () -> table.getSelectionModel().select(pick));
    SweepPoint chosen = ((FrontierRow) table.getItems().get(pick)).point();
    robot.clickOn(robot.lookup("#frontier-apply").queryAs(Button.class));
    settle();
    assertThat(editor().flow().execution()).isEqualTo(chosen.configured().execution());
    assertThat(editor().flow()).isNotEqualTo(flow);

    robot.clickOn(canvas());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    settle();

    assertThat(editor().flow()).isEqualTo(flow);
  }

  private static int indexNotCurrent(TableView<?> table) {
    for (int i = 0; i < table.getItems().size(); i++) {
      if (!((FrontierRow) table.getItems().get(i)).current()) {
        return i;
      }
    }
    throw new AssertionError("every frontier point is the current configuration");
  }
}

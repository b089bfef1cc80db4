package dev.napkin.app.results;

import dev.napkin.app.problems.ProblemsViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The panel under the canvas: Problems | Results | Frontier (added by the window) | Timeline (the
 * backlog over time). A finished simulation brings Results to the front and asks for room to show
 * it.
 */
public final class BottomPanel extends TabPane {
  private final Tab problems;
  private final Tab results;
  private final Tab timeline;

  /**
   * @param problemsModel for the Problems tab's count
   * @param makeRoom called when results arrive, to give the panel enough height to read them
   */
  public BottomPanel(
      Node problemsView,
      ProblemsViewModel problemsModel,
      ResultsViewModel model,
      Runnable makeRoom) {
    setId("bottom-panel");
    getStyleClass().add("bottom-panel");
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    problems = new Tab("Problems", problemsView);
    problems.setId("problems-tab");
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  int count =
                      problemsModel.errorsProperty().get() + problemsModel.warningsProperty().get();
                  return count == 0 ? "Problems" : "Problems (" + count + ")";
                },
                problemsModel.errorsProperty(),
                problemsModel.warningsProperty()));
    results = new Tab("Results", new ResultsPanel(model));
    results.setId("results-tab");
    timeline = new Tab("Timeline", new BacklogChart(model));
    timeline.setId("timeline-tab");
    getTabs().addAll(problems, results, timeline);
    model
        .run()
        .stateProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == RunState.RUNNING || now == RunState.DONE || now == RunState.FAILED) {
                getSelectionModel().select(results);
                if (now != RunState.FAILED) {
                  makeRoom.run();
                }
              }
            });
  }

  /**
   * Where the sweep's Frontier tab goes once it has something to show: right after Results, as the
   * UI sketch orders them (Problems | Results | Frontier | Timeline).
   */
  public void addFrontier(Tab frontier) {
    getTabs().add(getTabs().indexOf(results) + 1, frontier);
  }

  public Tab problemsTab() {
    return problems;
  }

  public Tab resultsTab() {
    return results;
  }

  public Tab timelineTab() {
    return timeline;
  }
}

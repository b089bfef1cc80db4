package dev.napkin.app.results;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The toolbar's "▶ Simulate" button, which becomes "Cancel" with a progress bar beside it while a
 * simulation runs.
 */
public final class SimulateControl extends HBox {
  public SimulateControl(ResultsViewModel results) {
    SimulationRun run = results.run();
    Button button = new Button();
    button.setId("simulate");
    button.getStyleClass().add("simulate-button");
    button.setFocusTraversable(false);
    button
        .textProperty()
        .bind(Bindings.when(run.runningProperty()).then("Cancel").otherwise("Simulate"));
    button
        .graphicProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> new FontIcon(run.isRunning() ? MaterialDesignS.STOP : MaterialDesignP.PLAY),
                run.runningProperty()));
    Tooltip tip = new Tooltip();
    tip.textProperty()
        .bind(
            Bindings.when(run.runningProperty())
                .then("Cancel the simulation (Shift+F5)")
                .otherwise("Simulate every mode with the flow's settings (F5)"));
    button.setTooltip(tip);
    button.setOnAction(
        e -> {
          if (run.isRunning()) {
            results.cancel();
          } else {
            results.simulate();
          }
        });
    ProgressBar bar = new ProgressBar();
    bar.setId("simulate-progress");
    bar.setPrefWidth(110);
    bar.setMinWidth(110);
    bar.progressProperty().bind(run.progressProperty());
    bar.visibleProperty().bind(run.runningProperty());
    bar.managedProperty().bind(run.runningProperty());
    Tooltip progressTip = new Tooltip();
    progressTip.textProperty().bind(run.titleProperty());
    bar.setTooltip(progressTip);
    getChildren().addAll(bar, button);
    setSpacing(6);
    setAlignment(Pos.CENTER_LEFT);
  }
}

package dev.napkin.app.results;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The Run menu: Simulate (F5) and Cancel Simulation (Shift+F5), enabled as they apply. */
public final class RunMenu {
  private RunMenu() {}

  public static Menu build(ResultsViewModel results) {
    MenuItem simulate = new MenuItem("Simulate", new FontIcon(MaterialDesignP.PLAY));
    simulate.setAccelerator(KeyCombination.keyCombination("F5"));
    simulate.setOnAction(e -> results.simulate());
    simulate.disableProperty().bind(results.run().runningProperty());
    MenuItem cancel = new MenuItem("Cancel Simulation", new FontIcon(MaterialDesignS.STOP));
    cancel.setAccelerator(KeyCombination.keyCombination("Shift+F5"));
    cancel.setOnAction(e -> results.cancel());
    cancel.disableProperty().bind(results.run().runningProperty().not());
    return new Menu("_Run", null, simulate, cancel);
  }
}

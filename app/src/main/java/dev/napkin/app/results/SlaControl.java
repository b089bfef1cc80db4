package dev.napkin.app.results;

import dev.napkin.model.flow.Sla;
import dev.napkin.model.unit.Decimals;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.UnitException;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The selected sink's latency SLA, editable in place: {@code p[95] ≤ [5m]}. A change is one
 * undoable edit of the flow; the verdicts and the recommendation follow from the stored runs.
 */
final class SlaControl extends HBox {
  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  private final ResultsViewModel results;
  private final ComboBox<String> percentile = new ComboBox<>();
  private final TextField target = new TextField();
  private final Tooltip targetTip = new Tooltip("Latency target, e.g. 5m; Enter applies");

  SlaControl(ResultsViewModel results) {
    this.results = results;
    setId("sla-control");
    percentile.setId("sla-percentile");
    percentile.setEditable(true);
    percentile.getItems().addAll("50", "90", "95", "99", "99.9");
    percentile.setPrefWidth(80);
    percentile.setTooltip(new Tooltip("The percentile judged against the target"));
    target.setId("sla-target");
    target.setPrefColumnCount(5);
    target.setTooltip(targetTip);
    target.setOnAction(e -> apply());
    percentile.setOnAction(e -> apply());
    target
        .focusedProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                apply();
              }
            });
    Label p = new Label("SLA p");
    getChildren().addAll(p, percentile, new Label("≤"), target);
    setSpacing(4);
    setAlignment(Pos.CENTER_LEFT);
    results.resultProperty().addListener((obs, old, now) -> show());
    results.selectedSinkProperty().addListener((obs, old, now) -> show());
    show();
  }

  private void show() {
    Optional<Sla> sla = results.selectedSla();
    setDisable(sla.isEmpty());
    String p = Decimals.format(BigDecimal.valueOf(sla.map(Sla::percentileOrDefault).orElse(95.0)));
    if (!p.equals(percentile.getValue())) {
      percentile.setValue(p);
    }
    target.setText(sla.flatMap(Sla::latency).map(Duration::toString).orElse(""));
    target.pseudoClassStateChanged(INVALID, false);
    percentile.pseudoClassStateChanged(INVALID, false);
  }

  private void apply() {
    if (results.selectedSla().isEmpty()) {
      return;
    }
    try {
      if (target.getText().isBlank()) {
        show();
        return;
      }
      Duration latency = Duration.parse(target.getText().strip());
      double p = Double.parseDouble(percentile.getValue().strip());
      if (!(p > 0 && p <= 100)) {
        throw new NumberFormatException();
      }
      target.pseudoClassStateChanged(INVALID, false);
      percentile.pseudoClassStateChanged(INVALID, false);
      results.changeSla(latency, p);
    } catch (UnitException e) {
      target.pseudoClassStateChanged(INVALID, true);
      targetTip.setText(e.getMessage());
    } catch (NumberFormatException | NullPointerException e) {
      percentile.pseudoClassStateChanged(INVALID, true);
    }
  }
}

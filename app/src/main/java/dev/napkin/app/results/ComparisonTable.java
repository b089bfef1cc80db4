package dev.napkin.app.results;

import dev.napkin.app.editor.RunStatus;
import dev.napkin.simulator.result.Drivers;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.shape.Circle;

/**
 * One row per mode at the selected sink: latency percentiles, the SLA verdict with its margin,
 * attainment, completeness, cost and state. Selecting a row shows that mode on the canvas and the
 * timeline; Ctrl+C copies the table. Tooltips say what each figure came from.
 */
final class ComparisonTable extends TableView<ModeRow> {
  private static final Function<ModeRow, RunStatus> NEUTRAL = r -> RunStatus.NEUTRAL;
  private static final Function<ModeRow, String> NO_TIP = r -> "";

  ComparisonTable(ResultsViewModel results) {
    super(results.rows());
    setId("comparison-table");
    getStyleClass().add("comparison-table");
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    setPlaceholder(new Label("No results yet"));
    setFixedCellSize(30);
    TableColumn<ModeRow, ModeRow> mode =
        column("mode", r -> ModeNames.label(r.mode()), NEUTRAL, NO_TIP);
    mode.setCellFactory(c -> new ModeCell());
    Function<ModeRow, String> latencyTip =
        r -> drivers(results).map(d -> "Latency driven by " + d.latency(r.mode())).orElse("");
    Function<ModeRow, String> costTip =
        r -> drivers(results).map(d -> "Billed at " + d.price(r.mode())).orElse("");
    TableColumn<ModeRow, ModeRow> sla =
        column("SLA", ModeRow::sla, ModeRow::verdict, ModeRow::verdictDetail);
    getColumns()
        .setAll(
            List.of(
                mode,
                column("p50", ModeRow::p50, NEUTRAL, latencyTip),
                column("p95", ModeRow::p95, NEUTRAL, latencyTip),
                column("p99", ModeRow::p99, NEUTRAL, latencyTip),
                sla,
                column("attainment", ModeRow::attainment, NEUTRAL, NO_TIP),
                column("completeness", ModeRow::completeness, NEUTRAL, NO_TIP),
                column("cost/mo", ModeRow::costPerMonth, NEUTRAL, costTip),
                column("state", ModeRow::state, ModeRow::stateStatus, NO_TIP)));
    double[] widths = {108, 62, 62, 62, 170, 104, 140, 80, 66};
    for (int i = 0; i < widths.length; i++) {
      getColumns().get(i).setPrefWidth(widths[i]);
    }
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null) {
                results.selectMode(row.mode());
              }
            });
    results.selectedModeProperty().addListener((obs, old, now) -> selectShown(results));
    results.rows().addListener((ListChangeListener<ModeRow>) c -> selectShown(results));
    KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    setOnKeyPressed(
        e -> {
          if (copy.match(e)) {
            copyToClipboard(results);
            e.consume();
          }
        });
  }

  private static Optional<Drivers> drivers(ResultsViewModel results) {
    return results.resultProperty().get().map(x -> new Drivers(x.flow(), x.prices()));
  }

  static void copyToClipboard(ResultsViewModel results) {
    ClipboardContent content = new ClipboardContent();
    content.putString(results.tableText());
    Clipboard.getSystemClipboard().setContent(content);
  }

  private void selectShown(ResultsViewModel results) {
    String mode = results.selectedModeProperty().get().orElse("");
    for (int i = 0; i < getItems().size(); i++) {
      if (getItems().get(i).mode().equals(mode)) {
        if (getSelectionModel().getSelectedIndex() != i) {
          getSelectionModel().select(i);
        }
        return;
      }
    }
  }

  private static TableColumn<ModeRow, ModeRow> column(
      String title,
      Function<ModeRow, String> text,
      Function<ModeRow, RunStatus> status,
      Function<ModeRow, String> tip) {
    TableColumn<ModeRow, ModeRow> column = new TableColumn<>(title);
    column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    column.setCellFactory(c -> new StatusCell(text, status, tip));
    column.setSortable(false);
    column.setReorderable(false);
    return column;
  }

  /** A figure colored by its status, with a tooltip saying what it was judged on. */
  private static class StatusCell extends TableCell<ModeRow, ModeRow> {
    private final Function<ModeRow, String> text;
    private final Function<ModeRow, RunStatus> status;
    private final Function<ModeRow, String> tip;

    StatusCell(
        Function<ModeRow, String> text,
        Function<ModeRow, RunStatus> status,
        Function<ModeRow, String> tip) {
      this.text = text;
      this.status = status;
      this.tip = tip;
    }

    @Override
    protected void updateItem(ModeRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeIf(c -> c.startsWith("status-"));
      if (empty || row == null) {
        setText(null);
        setGraphic(null);
        setTooltip(null);
        return;
      }
      setText(text.apply(row));
      getStyleClass().add(status.apply(row).styleClass());
      String words = tip.apply(row);
      setTooltip(words.isEmpty() ? null : new Tooltip(words));
    }
  }

  /** The mode's name after a dot in its color. */
  private static final class ModeCell extends StatusCell {
    ModeCell() {
      super(r -> ModeNames.label(r.mode()), NEUTRAL, NO_TIP);
    }

    @Override
    protected void updateItem(ModeRow row, boolean empty) {
      super.updateItem(row, empty);
      if (!empty && row != null) {
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll("mode-dot", ModeNames.styleClass(row.mode()));
        setGraphic(dot);
      }
    }
  }
}

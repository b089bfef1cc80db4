package dev.napkin.app.results;

import dev.napkin.app.editor.RunStatus;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Circle;

/**
 * The frontier at the selected sink, cheapest first: each point's mode (a dot in its color), knob,
 * workers, cost, latency at the SLA percentile and whether every SLA is met; the cheapest point
 * meeting every SLA and the flow as it is now are named in the last column.
 */
final class FrontierTable extends TableView<FrontierRow> {
  FrontierTable(FrontierViewModel model) {
    super(model.rows());
    setId("frontier-table");
    getStyleClass().add("frontier-table");
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    setPlaceholder(new Label("Sweep to find the frontier"));
    setFixedCellSize(28);
    TableColumn<FrontierRow, FrontierRow> mode = column("mode", FrontierRow::mode, r -> null);
    mode.setCellFactory(c -> new ModeCell());
    getColumns()
        .setAll(
            List.of(
                mode,
                column("knob", FrontierRow::knob, r -> null),
                column("workers", FrontierRow::workers, r -> null),
                column("cost/mo", FrontierRow::costPerMonth, r -> null),
                column("latency", FrontierRow::latency, r -> null),
                column(
                    "every SLA",
                    FrontierRow::meetsSlas,
                    r -> r.point().meetsAllSlas() ? RunStatus.MET : RunStatus.MISSED),
                column("", FrontierTable::note, r -> r.cheapest() ? RunStatus.MET : null)));
    // After a sweep the answer is selected, so Apply takes it in one click.
    // Listen to the table's own list: the view-model hands out a new read-only wrapper on each
    // call, which holds its listeners only while someone holds it.
    getItems()
        .addListener(
            (javafx.collections.ListChangeListener<FrontierRow>)
                c -> javafx.application.Platform.runLater(this::selectCheapest));
    double[] widths = {112, 95, 72, 85, 75, 92, 95};
    for (int i = 0; i < widths.length; i++) {
      getColumns().get(i).setPrefWidth(widths[i]);
    }
  }

  /** Selects the cheapest point meeting every SLA, after the table took in the new rows. */
  private void selectCheapest() {
    for (int i = 0; i < getItems().size(); i++) {
      if (getItems().get(i).cheapest()) {
        getSelectionModel().select(i);
        scrollTo(i);
        return;
      }
    }
  }

  private static String note(FrontierRow row) {
    if (row.cheapest() && row.current()) {
      return "cheapest · now";
    }
    return row.cheapest() ? "cheapest" : row.current() ? "now" : "";
  }

  private static TableColumn<FrontierRow, FrontierRow> column(
      String title, Function<FrontierRow, String> text, Function<FrontierRow, RunStatus> status) {
    TableColumn<FrontierRow, FrontierRow> column = new TableColumn<>(title);
    column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    column.setCellFactory(c -> new Cell(text, status));
    column.setSortable(false);
    column.setReorderable(false);
    return column;
  }

  /** A figure, colored when it is a verdict. */
  private static class Cell extends TableCell<FrontierRow, FrontierRow> {
    private final Function<FrontierRow, String> text;
    private final Function<FrontierRow, RunStatus> status;

    Cell(Function<FrontierRow, String> text, Function<FrontierRow, RunStatus> status) {
      this.text = text;
      this.status = status;
    }

    @Override
    protected void updateItem(FrontierRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeIf(c -> c.startsWith("status-") || c.equals("current-row"));
      if (empty || row == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setText(text.apply(row));
      RunStatus s = status.apply(row);
      if (s != null) {
        getStyleClass().add(s.styleClass());
      }
      if (row.current()) {
        getStyleClass().add("current-row");
      }
    }
  }

  /** The mode's name after a dot in its color. */
  private static final class ModeCell extends Cell {
    ModeCell() {
      super(FrontierRow::mode, r -> null);
    }

    @Override
    protected void updateItem(FrontierRow row, boolean empty) {
      super.updateItem(row, empty);
      if (!empty && row != null) {
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll("mode-dot", ModeNames.styleClass(row.point().mode()));
        setGraphic(dot);
      }
    }
  }
}

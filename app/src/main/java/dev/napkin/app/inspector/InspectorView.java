package dev.napkin.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.validation.ValidationSupport;

/**
 * The inspector panel: a title for what is shown and a property sheet grouped General, Workload,
 * Processing, SLA, Execution, Cost, Simulation.
 */
public final class InspectorView extends VBox {
  private static final List<String> ORDER =
      List.of(
          NodeFields.GENERAL,
          NodeFields.WORKLOAD,
          NodeFields.PROCESSING,
          NodeFields.SLA,
          NodeFields.EXECUTION,
          NodeFields.COST,
          FlowFields.SIMULATION);

  private final PropertySheet sheet = new PropertySheet();
  private final ValidationSupport validation = new ValidationSupport();

  public InspectorView(InspectorViewModel inspector) {
    getStyleClass().add("inspector");
    Label title = new Label();
    title.getStyleClass().add("inspector-title");
    title.textProperty().bind(inspector.titleProperty());
    Label subtitle = new Label();
    subtitle.getStyleClass().add("inspector-subtitle");
    subtitle.textProperty().bind(inspector.subtitleProperty());
    VBox header = new VBox(2, title, subtitle);
    header.getStyleClass().add("inspector-header");
    sheet.setMode(PropertySheet.Mode.CATEGORY);
    sheet.setModeSwitcherVisible(false);
    sheet.setSearchBoxVisible(false);
    sheet.setCategoryComparator((a, b) -> Integer.compare(rank(a), rank(b)));
    sheet.setPropertyEditorFactory(
        item -> FieldEditors.create((FieldItem) item, inspector, validation));
    VBox.setVgrow(sheet, Priority.ALWAYS);
    getChildren().addAll(header, sheet);
    inspector.fieldsProperty().addListener((obs, old, fields) -> show(fields));
    show(inspector.fields());
  }

  public PropertySheet sheet() {
    return sheet;
  }

  /** Updates values in place when the same fields are shown, else rebuilds the sheet. */
  private void show(List<Field> fields) {
    List<FieldItem> items = new ArrayList<>();
    sheet.getItems().forEach(i -> items.add((FieldItem) i));
    boolean sameFields =
        items.size() == fields.size()
            && items.stream()
                .map(i -> i.field().key())
                .toList()
                .equals(fields.stream().map(Field::key).toList())
            && sameChoices(items, fields);
    if (sameFields) {
      Map<String, Field> byKey =
          fields.stream().collect(Collectors.toMap(Field::key, Function.identity()));
      items.forEach(i -> i.update(byKey.get(i.field().key())));
    } else {
      sheet.getItems().setAll(fields.stream().map(FieldItem::new).toList());
    }
  }

  private static boolean sameChoices(List<FieldItem> items, List<Field> fields) {
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).field().choices().equals(fields.get(i).choices())
          || items.get(i).field().editable() != fields.get(i).editable()) {
        return false;
      }
    }
    return true;
  }

  private static int rank(String category) {
    int at = ORDER.indexOf(category);
    return at < 0 ? ORDER.size() : at;
  }
}

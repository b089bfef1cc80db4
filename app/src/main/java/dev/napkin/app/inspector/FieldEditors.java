package dev.napkin.app.inspector;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.property.editor.PropertyEditor;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Editors for inspector fields. Text is checked as it is typed (a red decoration with the spec's
 * message) and applied on Enter or when the field loses focus; Escape puts the value back. A choice
 * applies as soon as it is picked.
 */
final class FieldEditors {
  private FieldEditors() {}

  static PropertyEditor<?> create(
      FieldItem item, InspectorViewModel inspector, ValidationSupport validation) {
    if (!item.field().choices().isEmpty() && item.isEditable()) {
      return choice(item, inspector);
    }
    return text(item, inspector, validation);
  }

  private static PropertyEditor<?> text(
      FieldItem item, InspectorViewModel inspector, ValidationSupport validation) {
    TextField field = new TextField(item.field().text());
    field.getStyleClass().add("inspector-field");
    field.setId("field-" + item.getName().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    field.setPromptText(item.field().placeholder());
    if (!item.isEditable()) {
      field.setEditable(false);
      field.getStyleClass().add("read-only");
      field.setFocusTraversable(false);
    } else {
      Validator<String> check =
          (Control control, String value) -> {
            String problem = item.field().problem(value == null ? "" : value).orElse("");
            return ValidationResult.fromErrorIf(control, problem, !problem.isEmpty());
          };
      validation.registerValidator(field, false, check);
      Runnable commit = () -> inspector.commit(item.field(), field.getText());
      field.setOnAction(e -> commit.run());
      field
          .focusedProperty()
          .addListener(
              (obs, was, focused) -> {
                if (!focused) {
                  commit.run();
                }
              });
      field.setOnKeyPressed(
          e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
              field.setText(item.field().text());
              e.consume();
            }
          });
    }
    item.getObservableValue()
        .ifPresent(
            v ->
                v.addListener(
                    (obs, old, now) -> {
                      if (!field.getText().equals(now)) {
                        field.setText((String) now);
                      }
                    }));
    return new Simple(field);
  }

  private static PropertyEditor<?> choice(FieldItem item, InspectorViewModel inspector) {
    ComboBox<String> box = new ComboBox<>();
    box.getItems().setAll(item.field().choices());
    box.setValue(item.field().text());
    box.setMaxWidth(Double.MAX_VALUE);
    box.getStyleClass().add("inspector-choice");
    box.setId("field-" + item.getName().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    boolean[] updating = {false};
    box.valueProperty()
        .addListener(
            (obs, old, now) -> {
              if (!updating[0] && now != null) {
                inspector.commit(item.field(), now);
              }
            });
    item.getObservableValue()
        .ifPresent(
            v ->
                v.addListener(
                    (obs, old, now) -> {
                      updating[0] = true;
                      box.getItems().setAll(item.field().choices());
                      box.setValue((String) now);
                      updating[0] = false;
                    }));
    return new Simple(box);
  }

  /** The sheet only asks an editor for its control; values flow through the item. */
  private record Simple(javafx.scene.Node editor) implements PropertyEditor<Object> {
    @Override
    public javafx.scene.Node getEditor() {
      return editor;
    }

    @Override
    public Object getValue() {
      return null;
    }

    @Override
    public void setValue(Object value) {
      // Updates come through the item's observable value.
    }
  }
}

package dev.napkin.app.inspector;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * A {@link Field} as a PropertySheet item. The field behind it can be swapped for a newer one with
 * the same name (after an edit elsewhere) without rebuilding the sheet.
 */
final class FieldItem implements PropertySheet.Item {
  private final ObjectProperty<Field> field = new SimpleObjectProperty<>(this, "field");
  private final ObjectProperty<String> value = new SimpleObjectProperty<>(this, "value");

  FieldItem(Field initial) {
    update(initial);
  }

  Field field() {
    return field.get();
  }

  void update(Field newField) {
    field.set(newField);
    value.set(newField.text());
  }

  @Override
  public Class<?> getType() {
    return String.class;
  }

  @Override
  public String getCategory() {
    return field.get().category();
  }

  @Override
  public String getName() {
    return field.get().name();
  }

  @Override
  public String getDescription() {
    return field.get().help();
  }

  @Override
  public Object getValue() {
    return value.get();
  }

  /** The sheet's editors commit through {@link InspectorView}, not through here. */
  @Override
  public void setValue(Object newValue) {
    // Values change only by commands; the item shows what the flow holds.
  }

  @Override
  public Optional<ObservableValue<? extends Object>> getObservableValue() {
    return Optional.of(value);
  }

  @Override
  public boolean isEditable() {
    return field.get().editable();
  }
}

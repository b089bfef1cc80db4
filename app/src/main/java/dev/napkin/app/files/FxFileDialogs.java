package dev.napkin.app.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: the platform's file choosers, and small JavaFX dialogs for the rest. */
public final class FxFileDialogs implements FileDialogs {
  private final Window owner;

  public FxFileDialogs(Window owner) {
    this.owner = owner;
  }

  @Override
  public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
    FileChooser chooser = chooser("Open Flow", folder);
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFileToSave(String suggestedName, Optional<Path> folder) {
    FileChooser chooser = chooser("Save Flow", folder);
    chooser.setInitialFileName(suggestedName);
    if (suggestedName.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
    }
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseExportFile(
      String format, String extension, String suggestedName, Optional<Path> folder) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export as " + format);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format, "*." + extension));
    folder.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
    chooser.setInitialFileName(suggestedName);
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
  }

  private static FileChooser chooser(String title, Optional<Path> folder) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Flow spec (YAML)", "*.yaml", "*.yml"),
            new FileChooser.ExtensionFilter("Flow spec (JSON)", "*.json"),
            new FileChooser.ExtensionFilter("All flow specs", "*.yaml", "*.yml", "*.json"));
    folder.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
    return chooser;
  }

  @Override
  public Unsaved askAboutUnsaved(String fileName) {
    ButtonType save = new ButtonType("Save", ButtonData.YES);
    ButtonType discard = new ButtonType("Don't Save", ButtonData.NO);
    ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
    Alert alert =
        new Alert(
            Alert.AlertType.WARNING,
            "Your changes will be lost if you don't save them.",
            save,
            discard,
            cancel);
    alert.initOwner(owner);
    alert.setTitle("Unsaved changes");
    alert.setHeaderText("Save changes to " + fileName + "?");
    ButtonType answer = alert.showAndWait().orElse(cancel);
    return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
  }

  @Override
  public Optional<Example> chooseExample(List<Example> examples) {
    Dialog<Example> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("New from Example");
    dialog.setHeaderText("Start from one of the example flows");
    ListView<Example> list = new ListView<>();
    list.getItems().setAll(examples);
    list.setPrefSize(520, 320);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(Example example, boolean empty) {
                super.updateItem(example, empty);
                if (empty || example == null) {
                  setGraphic(null);
                  return;
                }
                Label title = new Label(example.title());
                title.getStyleClass().add("gallery-title");
                Label text = new Label(example.description());
                text.setWrapText(true);
                text.getStyleClass().add("gallery-description");
                Label file = new Label(example.fileName());
                file.getStyleClass().add("gallery-file");
                setGraphic(new VBox(2, title, text, file));
              }
            });
    list.getSelectionModel().selectFirst();
    dialog.setOnShown(e -> list.requestFocus());
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
            dialog.setResult(list.getSelectionModel().getSelectedItem());
            dialog.close();
          }
        });
    ButtonType open = new ButtonType("Open", ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(list);
    dialog.setResultConverter(
        button -> button == open ? list.getSelectionModel().getSelectedItem() : null);
    return dialog.showAndWait();
  }

  @Override
  public void showError(String title, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(title);
    alert.showAndWait();
  }
}

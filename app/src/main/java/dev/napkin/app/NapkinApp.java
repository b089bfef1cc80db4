package dev.napkin.app;

import dev.napkin.app.editor.EditorWindow;
import dev.napkin.app.files.FxFileDialogs;
import dev.napkin.app.files.PreferencesSettings;
import dev.napkin.app.files.SpecDocumentStore;
import dev.napkin.model.validate.FlowCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The editor window with its real services: the user's preferences, specs on disk, the validator,
 * the platform's file dialogs, and a recovery folder under {@code ~/.napkin} (or under the folder
 * the {@code napkin.home} system property names).
 */
public class NapkinApp extends Application {
  public static void main(String[] args) {
    launch(args);
  }

  @Override
  public void start(Stage stage) {
    EditorWindow.Services services =
        new EditorWindow.Services(
            PreferencesSettings.forApp(),
            new SpecDocumentStore(),
            FlowCheck::check,
            FxFileDialogs::new,
            home().resolve("recovery"),
            Clock.systemDefaultZone());
    new EditorWindow(stage, services).show(Optional.empty());
  }

  static Path home() {
    String configured = System.getProperty("napkin.home");
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".napkin");
  }
}

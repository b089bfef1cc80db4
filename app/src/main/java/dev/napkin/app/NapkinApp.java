package dev.napkin.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The editor window. */
public class NapkinApp extends Application {
  public static void main(String[] args) {
    launch(args);
  }

  @Override
  public void start(Stage stage) {
    BorderPane root = new BorderPane(new Label("Napkin"));
    stage.setTitle("Napkin");
    stage.setScene(new Scene(root, 1280, 800));
    stage.show();
  }
}

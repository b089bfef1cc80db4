package dev.napkin.app.ui;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.app.editor.FlowCanvas;
import dev.napkin.app.files.DocumentStore;
import dev.napkin.app.testing.EditorFixture;
import dev.napkin.app.testing.Flows;
import dev.napkin.app.testing.MemoryDocumentStore;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.NodeId;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A fresh editor window per test, showing {@link #flow()} at 100 %. */
@ExtendWith(ApplicationExtension.class)
abstract class EditorUiTest {
  @TempDir Path folder;
  EditorFixture fixture;
  Stage stage;

  /** Subclasses call this from their own {@code @Start} method (TestFX looks only there). */
  void open(Stage stage) {
    this.stage = stage;
    fixture = new EditorFixture(stage, store(), folder, fileWorker()).showing(flow(), "chain.yaml");
  }

  Flow flow() {
    return Flows.chain();
  }

  DocumentStore store() {
    return new MemoryDocumentStore();
  }

  /** Where files are read and written: at once, unless a test holds the work back. */
  Executor fileWorker() {
    return Runnable::run;
  }

  EditorViewModel editor() {
    return fixture.window.editor();
  }

  FlowCanvas canvas() {
    return fixture.window.canvas();
  }

  Node card(String id) {
    return canvas().viewOf(NodeId.of(id)).orElseThrow();
  }

  Point position(String id) {
    return editor().positionOf(NodeId.of(id));
  }

  /** The screen point of a world point on the canvas. */
  Point2D screenAt(double worldX, double worldY) {
    var v = canvas().viewport();
    double x = worldX * v.scale() + v.translateXProperty().get();
    double y = worldY * v.scale() + v.translateYProperty().get();
    return canvas().localToScreen(x, y);
  }

  Point2D center(Node node) {
    Bounds b = node.localToScreen(node.getBoundsInLocal());
    return new Point2D(b.getCenterX(), b.getCenterY());
  }

  static void settle() {
    WaitForAsyncUtils.waitForFxEvents();
  }

  static void exec(FxRobot robot, Runnable action) {
    robot.interact(action);
    settle();
  }
}

package dev.napkin.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.app.editor.Minimap;
import dev.napkin.app.editor.Viewport;
import dev.napkin.app.testing.Flows;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.NodeId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The minimap: shown only while part of the flow is out of view; a click there pans the canvas. */
class MinimapUiTest extends EditorUiTest {
  private static final Point FAR = new Point(4000, 2400);

  @Start
  void start(Stage stage) {
    open(stage);
  }

  /** The chain, with its sink moved far to the lower right. */
  @Override
  Flow flow() {
    Flow chain = Flows.chain();
    return chain.withLayout(chain.layout().with(NodeId.of("dashboard"), FAR));
  }

  private Minimap minimap() {
    return canvas().minimap();
  }

  /**
   * The minimap updates before the next frame: waits for it (pulses come late on a busy machine).
   */
  private void waitUntilShown(boolean shown) throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> minimap().isVisible() == shown);
  }

  @Test
  void isHiddenWhileTheWholeFlowIsInView(FxRobot robot) throws TimeoutException {
    assertThat(minimap().isVisible()).isFalse();

    exec(robot, () -> canvas().zoomToActualSize());
    waitUntilShown(true);

    exec(robot, () -> minimap().enabledProperty().set(false));
    waitUntilShown(false);
    exec(robot, () -> minimap().enabledProperty().set(true));
    waitUntilShown(true);
    exec(robot, () -> canvas().fitToView());
    waitUntilShown(false);
  }

  @Test
  void openingAnotherFlowShowsAllOfIt(FxRobot robot) throws TimeoutException {
    exec(robot, () -> canvas().zoomToActualSize());
    waitUntilShown(true);

    exec(robot, () -> editor().open(flow(), Optional.empty(), "again.yaml"));

    Bounds inView = canvas().viewport().visibleWorld(canvas().getWidth(), canvas().getHeight());
    assertThat(inView.contains(FAR.x() + 188, FAR.y() + 76)).isTrue();
    assertThat(inView.contains(40, 100)).isTrue();
    waitUntilShown(false);
  }

  @Test
  void clickingInItCentersTheCanvasThere(FxRobot robot) throws TimeoutException {
    exec(robot, () -> canvas().zoomToActualSize());
    waitUntilShown(true);
    Point farCenter = new Point(FAR.x() + 94, FAR.y() + 38);
    Point2D onMap = minimap().pointFor(farCenter);

    robot.clickOn(minimap().localToScreen(onMap.getX(), onMap.getY()));
    settle();

    Viewport v = canvas().viewport();
    Point middle = v.toWorld(canvas().getWidth() / 2, canvas().getHeight() / 2);
    // One minimap pixel is some 25 world units here.
    assertThat(middle.x()).isCloseTo(farCenter.x(), within(40.0));
    assertThat(middle.y()).isCloseTo(farCenter.y(), within(40.0));
    assertThat(v.scale()).isEqualTo(1.0);
  }
}

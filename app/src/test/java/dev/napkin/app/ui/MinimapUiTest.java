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
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

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

  @Test
  void isHiddenWhileTheWholeFlowIsInView(FxRobot robot) {
    assertThat(minimap().isVisible()).isFalse();

    exec(robot, () -> canvas().zoomToActualSize());
    assertThat(minimap().isVisible()).isTrue();

    exec(robot, () -> minimap().enabledProperty().set(false));
    assertThat(minimap().isVisible()).isFalse();
  }

  @Test
  void openingAnotherFlowShowsAllOfIt(FxRobot robot) {
    exec(robot, () -> canvas().zoomToActualSize());
    assertThat(minimap().isVisible()).isTrue();

    exec(robot, () -> editor().open(flow(), Optional.empty(), "again.yaml"));

    Bounds inView = canvas().viewport().visibleWorld(canvas().getWidth(), canvas().getHeight());
    assertThat(inView.contains(FAR.x() + 188, FAR.y() + 76)).isTrue();
    assertThat(inView.contains(40, 100)).isTrue();
    assertThat(minimap().isVisible()).isFalse();
  }

  @Test
  void clickingInItCentersTheCanvasThere(FxRobot robot) {
    exec(robot, () -> canvas().zoomToActualSize());
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

package dev.napkin.app.command;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.testing.Flows;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Transform;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandStackTest {
  private final Flow start = Flows.chain();
  private final CommandStack stack = new CommandStack(start);

  private static MoveNodes move(double fromX, double toX, long gesture) {
    return new MoveNodes(
        "Move clicks",
        Map.of(id("clicks"), new Point(fromX, 100)),
        Map.of(id("clicks"), new Point(toX, 100)),
        gesture);
  }

  @Test
  void undoAndRedoWalkTheHistoryBothWays() {
    stack.execute(AddElements.node(Transform.of("enrich"), new Point(1, 2)));
    Flow added = stack.flow();
    stack.execute(RemoveElements.of(stack.flow(), Set.of(id("sessionize")), Set.of()));
    Flow removed = stack.flow();

    stack.undo();
    assertThat(stack.flow()).isEqualTo(added);
    stack.undo();
    assertThat(stack.flow()).isEqualTo(start);
    assertThat(stack.canUndoProperty().get()).isFalse();
    stack.redo();
    stack.redo();
    assertThat(stack.flow()).isEqualTo(removed);
    assertThat(stack.canRedoProperty().get()).isFalse();
  }

  @Test
  void aNewEditClearsRedo() {
    stack.execute(move(40, 80, MoveNodes.NO_GESTURE));
    stack.undo();
    stack.execute(move(40, 120, MoveNodes.NO_GESTURE));

    assertThat(stack.canRedoProperty().get()).isFalse();
    assertThat(stack.flow().layout().of(id("clicks"))).contains(new Point(120, 100));
  }

  @Test
  void stepsOfOneDragMergeIntoOneUndo() {
    stack.execute(move(40, 50, 7));
    stack.execute(move(50, 60, 7));
    stack.execute(move(60, 70, 7));
    stack.execute(move(70, 90, 8));

    assertThat(stack.undoableLabels()).containsExactly("Move clicks", "Move clicks");
    stack.undo();
    assertThat(stack.flow().layout().of(id("clicks"))).contains(new Point(70, 100));
    stack.undo();
    assertThat(stack.flow()).isEqualTo(start);
  }

  @Test
  void unsavedMarkFollowsTheSavedPoint() {
    assertThat(stack.isDirty()).isFalse();
    stack.execute(move(40, 50, 1));
    assertThat(stack.isDirty()).isTrue();
    stack.markSaved();
    assertThat(stack.isDirty()).isFalse();
    stack.execute(move(50, 60, 1));
    assertThat(stack.isDirty())
        .as("a drag step after saving does not merge into the saved step")
        .isTrue();
    stack.undo();
    assertThat(stack.isDirty()).isFalse();
    stack.undo();
    assertThat(stack.isDirty()).isTrue();
    stack.redo();
    assertThat(stack.isDirty()).isFalse();
  }

  @Test
  void savedPointLostToANewBranchStaysUnsaved() {
    stack.execute(move(40, 50, MoveNodes.NO_GESTURE));
    stack.markSaved();
    stack.undo();
    stack.execute(move(40, 60, MoveNodes.NO_GESTURE));
    stack.undo();
    assertThat(stack.isDirty()).isTrue();
  }

  @Test
  void historyIsBoundedDroppingTheOldestSteps() {
    CommandStack small = new CommandStack(start, 2);
    small.execute(move(40, 50, MoveNodes.NO_GESTURE));
    small.execute(move(50, 60, MoveNodes.NO_GESTURE));
    small.execute(move(60, 70, MoveNodes.NO_GESTURE));
    small.undo();
    small.undo();
    small.undo();
    assertThat(small.flow().layout().of(id("clicks"))).contains(new Point(50, 100));
    assertThat(small.isDirty()).isTrue();
  }

  @Test
  void labelsNameTheNextUndoAndRedo() {
    stack.execute(move(40, 50, MoveNodes.NO_GESTURE));
    assertThat(stack.undoLabelProperty().get()).isEqualTo("Undo Move clicks");
    stack.undo();
    assertThat(stack.undoLabelProperty().get()).isEqualTo("Undo");
    assertThat(stack.redoLabelProperty().get()).isEqualTo("Redo Move clicks");
  }

  @Test
  void resetForgetsHistoryAndIsSaved() {
    stack.execute(move(40, 50, MoveNodes.NO_GESTURE));
    stack.reset(start);
    assertThat(stack.canUndoProperty().get()).isFalse();
    assertThat(stack.isDirty()).isFalse();
  }
}

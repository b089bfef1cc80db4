package dev.napkin.app.command;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.NodeId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Moves nodes on the diagram. Steps of one drag carry the same gesture number and merge into one
 * command, so a whole drag undoes at once; auto-layout is a move with no gesture.
 */
public record MoveNodes(
    String label, Map<NodeId, Point> before, Map<NodeId, Point> after, long gesture)
    implements Command {

  /** The gesture number of moves that never merge. */
  public static final long NO_GESTURE = 0;

  public MoveNodes {
    before = Map.copyOf(before);
    after = Map.copyOf(after);
    if (!before.keySet().equals(after.keySet())) {
      throw new IllegalArgumentException("a move needs a start and an end for every node");
    }
  }

  @Override
  public Flow apply(Flow flow) {
    return place(flow, after);
  }

  @Override
  public Flow revert(Flow flow) {
    return place(flow, before);
  }

  private static Flow place(Flow flow, Map<NodeId, Point> points) {
    Map<NodeId, Point> positions = new LinkedHashMap<>(flow.layout().positions());
    positions.putAll(points);
    return flow.withLayout(new Layout(positions));
  }

  @Override
  public Optional<Command> mergeWith(Command later) {
    if (gesture == NO_GESTURE
        || !(later instanceof MoveNodes next)
        || next.gesture != gesture
        || !next.before.keySet().equals(before.keySet())) {
      return Optional.empty();
    }
    return Optional.of(new MoveNodes(label, before, next.after, gesture));
  }
}

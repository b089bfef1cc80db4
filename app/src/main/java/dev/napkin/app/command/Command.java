package dev.napkin.app.command;

import dev.napkin.model.flow.Flow;
import java.util.Optional;

/**
 * One undoable edit of a flow, as a value: {@link #apply} turns the flow before into the flow
 * after, {@link #revert} turns it back. Commands act on the document's flow only, never on a view.
 */
public interface Command {
  /** What the edit did, for menus: "Move 3 nodes", "Rename clicks". */
  String label();

  Flow apply(Flow flow);

  Flow revert(Flow flow);

  /**
   * This command followed by {@code later} as one command, when the two belong to one gesture
   * (successive drag steps); empty when they stay separate steps.
   */
  default Optional<Command> mergeWith(Command later) {
    return Optional.empty();
  }
}

package dev.napkin.app.command;

import dev.napkin.model.flow.Flow;
import java.util.List;

/** Several commands done and undone as one step (cut = copy + delete; paste nodes and edges). */
public record CompositeCommand(String label, List<Command> parts) implements Command {
  public CompositeCommand {
    parts = List.copyOf(parts);
  }

  @Override
  public Flow apply(Flow flow) {
    Flow result = flow;
    for (Command part : parts) {
      result = part.apply(result);
    }
    return result;
  }

  @Override
  public Flow revert(Flow flow) {
    Flow result = flow;
    for (int i = parts.size() - 1; i >= 0; i--) {
      result = parts.get(i).revert(result);
    }
    return result;
  }
}

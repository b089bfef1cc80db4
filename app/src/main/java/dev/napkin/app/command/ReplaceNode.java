package dev.napkin.app.command;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import java.util.ArrayList;
import java.util.List;

/** Replaces one node by an edited copy with the same id (a rename, an inspector edit). */
public record ReplaceNode(String label, Node before, Node after) implements Command {
  public ReplaceNode {
    if (!before.id().equals(after.id())) {
      throw new IllegalArgumentException(
          "a node keeps its id when edited: " + before.id() + " became " + after.id());
    }
  }

  @Override
  public Flow apply(Flow flow) {
    return swap(flow, before, after);
  }

  @Override
  public Flow revert(Flow flow) {
    return swap(flow, after, before);
  }

  private static Flow swap(Flow flow, Node out, Node in) {
    List<Node> nodes = new ArrayList<>(flow.nodes());
    int at = nodes.indexOf(out);
    if (at < 0) {
      throw new IllegalStateException("node " + out.id() + " is not in the flow as expected");
    }
    nodes.set(at, in);
    return flow.withNodes(nodes);
  }
}

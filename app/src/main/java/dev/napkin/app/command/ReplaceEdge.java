package dev.napkin.app.command;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import java.util.ArrayList;
import java.util.List;

/** Replaces one edge by an edited copy between the same nodes (contract, transport). */
public record ReplaceEdge(String label, Edge before, Edge after) implements Command {
  public ReplaceEdge {
    if (!before.key().equals(after.key())) {
      throw new IllegalArgumentException(
          "an edge keeps its ends when edited: " + before.key() + " became " + after.key());
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

  private static Flow swap(Flow flow, Edge out, Edge in) {
    List<Edge> edges = new ArrayList<>(flow.edges());
    int at = edges.indexOf(out);
    if (at < 0) {
      throw new IllegalStateException("edge " + out.key() + " is not in the flow as expected");
    }
    edges.set(at, in);
    return flow.withEdges(edges);
  }
}

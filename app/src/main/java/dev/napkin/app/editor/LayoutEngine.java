package dev.napkin.app.editor;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Places nodes left to right so edges read in the direction data flows. */
public interface LayoutEngine {
  /**
   * New positions for every node of {@code flow}; nodes in {@code pinned} keep the position they
   * have in the flow's layout.
   */
  Map<NodeId, Point> arrange(Flow flow, Set<NodeId> pinned);

  /**
   * The flow with a position for every node: nodes that have one keep it, the others are placed.
   * Returns {@code flow} itself when nothing was missing.
   */
  default Flow complete(Flow flow) {
    Set<NodeId> placed = new HashSet<>(flow.layout().positions().keySet());
    boolean missing = flow.nodes().stream().map(Node::id).anyMatch(id -> !placed.contains(id));
    if (!missing) {
      return flow;
    }
    Layout layout = flow.layout();
    for (Map.Entry<NodeId, Point> e : arrange(flow, placed).entrySet()) {
      if (!placed.contains(e.getKey())) {
        layout = layout.with(e.getKey(), e.getValue());
      }
    }
    return flow.withLayout(layout);
  }
}

package dev.napkin.model.flow;

/** Identifies an edge: a pair of nodes has at most one. */
public record EdgeKey(NodeId from, NodeId to) {
  @Override
  public String toString() {
    return from + "→" + to;
  }
}

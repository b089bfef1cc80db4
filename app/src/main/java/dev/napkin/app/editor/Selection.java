package dev.napkin.app.editor;

import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What is selected on the canvas: nodes and edges. Not part of the document, so not undone. A
 * version number ticks once per change, however many elements changed, for views that redraw.
 */
public final class Selection {
  private final ObservableSet<NodeId> nodes = FXCollections.observableSet();
  private final ObservableSet<EdgeKey> edges = FXCollections.observableSet();
  private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");

  public ObservableSet<NodeId> nodes() {
    return FXCollections.unmodifiableObservableSet(nodes);
  }

  public ObservableSet<EdgeKey> edges() {
    return FXCollections.unmodifiableObservableSet(edges);
  }

  /** Ticks once after every change of the selection. */
  public ReadOnlyLongProperty versionProperty() {
    return version.getReadOnlyProperty();
  }

  public boolean isEmpty() {
    return nodes.isEmpty() && edges.isEmpty();
  }

  public boolean contains(NodeId id) {
    return nodes.contains(id);
  }

  public boolean contains(EdgeKey key) {
    return edges.contains(key);
  }

  /** The one selected node, when exactly one node and no edge is selected. */
  public Optional<NodeId> singleNode() {
    return nodes.size() == 1 && edges.isEmpty()
        ? Optional.of(nodes.iterator().next())
        : Optional.empty();
  }

  /** The one selected edge, when exactly one edge and no node is selected. */
  public Optional<EdgeKey> singleEdge() {
    return edges.size() == 1 && nodes.isEmpty()
        ? Optional.of(edges.iterator().next())
        : Optional.empty();
  }

  public void selectOnly(NodeId id) {
    set(Set.of(id), Set.of());
  }

  public void selectOnly(EdgeKey key) {
    set(Set.of(), Set.of(key));
  }

  /** Shift-click: adds the node, or removes it when it was selected. */
  public void toggle(NodeId id) {
    Set<NodeId> next = new HashSet<>(nodes);
    if (!next.remove(id)) {
      next.add(id);
    }
    set(next, edges);
  }

  public void toggle(EdgeKey key) {
    Set<EdgeKey> next = new HashSet<>(edges);
    if (!next.remove(key)) {
      next.add(key);
    }
    set(nodes, next);
  }

  public void add(Collection<NodeId> more) {
    Set<NodeId> next = new HashSet<>(nodes);
    next.addAll(more);
    set(next, edges);
  }

  public void set(Collection<NodeId> newNodes, Collection<EdgeKey> newEdges) {
    Set<NodeId> n = Set.copyOf(newNodes);
    Set<EdgeKey> e = Set.copyOf(newEdges);
    if (n.equals(nodes) && e.equals(edges)) {
      return;
    }
    nodes.retainAll(n);
    nodes.addAll(n);
    edges.retainAll(e);
    edges.addAll(e);
    version.set(version.get() + 1);
  }

  public void clear() {
    set(Set.of(), Set.of());
  }

  /** Drops what no longer exists (after a delete or an undo). */
  public void retainExisting(Flow flow) {
    Set<NodeId> ids = new HashSet<>();
    flow.nodes().forEach(n -> ids.add(n.id()));
    Set<EdgeKey> keys = new HashSet<>();
    flow.edges().forEach(e -> keys.add(e.key()));
    Set<NodeId> n = new HashSet<>(nodes);
    n.retainAll(ids);
    Set<EdgeKey> e = new HashSet<>(edges);
    e.retainAll(keys);
    set(n, e);
  }
}

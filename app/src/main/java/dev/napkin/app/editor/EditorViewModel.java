package dev.napkin.app.editor;

import dev.napkin.app.command.AddElements;
import dev.napkin.app.command.MoveNodes;
import dev.napkin.app.command.RemoveElements;
import dev.napkin.app.command.ReplaceNode;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.lineage.FlowGraph;
import dev.napkin.model.unit.Duration;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What the canvas shows and does, without the drawing: the document, the selection, lineage
 * highlight, pins, and every gesture as a method that becomes one undoable command.
 */
public final class EditorViewModel {
  /** Space kept between a newly added card and the cards around it. */
  private static final double CARD_GAP = 24;

  public static final double GRID = 20;
  private static final double PASTE_OFFSET = 30;

  private final FlowDocument document;
  private final LayoutEngine layoutEngine;
  private final Selection selection = new Selection();
  private final ObservableSet<NodeId> pinned = FXCollections.observableSet();
  private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid");
  private final ReadOnlyObjectWrapper<Set<NodeId>> lineage =
      new ReadOnlyObjectWrapper<>(this, "lineage", Set.of());
  private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
  private Optional<Snippet> clipboard = Optional.empty();
  private int pastes;
  private long gestures;
  private Optional<Drag> drag = Optional.empty();

  private record Drag(long gesture, Map<NodeId, Point> start) {}

  public EditorViewModel(FlowDocument document, LayoutEngine layoutEngine) {
    this.document = document;
    this.layoutEngine = layoutEngine;
    document.flowProperty().addListener((obs, old, flow) -> flowChanged(flow));
    selection.versionProperty().addListener((obs, old, now) -> refreshLineage());
  }

  public FlowDocument document() {
    return document;
  }

  public Flow flow() {
    return document.flow();
  }

  public Selection selection() {
    return selection;
  }

  /** Nodes pinned by the user: auto-layout leaves them where they are. */
  public ObservableSet<NodeId> pinned() {
    return pinned;
  }

  public BooleanProperty snapToGridProperty() {
    return snapToGrid;
  }

  /**
   * The selection with everything upstream and downstream of it; empty when nothing is selected.
   */
  public ReadOnlyObjectProperty<Set<NodeId>> lineageProperty() {
    return lineage.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** Opens {@code flow} as a new document, placing nodes the file gives no position. */
  public void open(Flow flow, Optional<Path> file) {
    open(flow, file, FlowDocument.UNTITLED);
  }

  /** Opens {@code flow} with no file behind it yet, shown under {@code name}. */
  public void open(Flow flow, Optional<Path> file, String name) {
    selection.clear();
    pinned.clear();
    drag = Optional.empty();
    document.open(layoutEngine.complete(flow), file, name);
  }

  /**
   * {@code flow} with a position for every node, as {@link #open} would show it. Pure and safe on
   * any thread, so a file being opened can be laid out before it reaches the FX thread.
   */
  public Flow placed(Flow flow) {
    return layoutEngine.complete(flow);
  }

  public Point positionOf(NodeId id) {
    return flow().layout().of(id).orElse(new Point(0, 0));
  }

  /** Adds a copy of {@code prototype} at {@code at} under a fresh id, and selects it. */
  public NodeId add(Node prototype, Point at) {
    NodeId id = NodeIds.unique(prototype.id().value(), ids());
    Node node = Nodes.withId(prototype, id);
    document.execute(AddElements.node(node, snap(freeSpot(at))));
    selection.selectOnly(id);
    return id;
  }

  /** Connects two nodes, or says why not (the reason also goes to the notice). */
  public Optional<String> connect(NodeId from, NodeId to) {
    Optional<String> refusal = ConnectionRules.refusal(flow(), from, to);
    if (refusal.isPresent()) {
      tell(refusal.get());
      return refusal;
    }
    document.execute(AddElements.edge(new Edge(from, to, Optional.empty(), Duration.ZERO)));
    return Optional.empty();
  }

  public void deleteSelection() {
    RemoveElements delete = RemoveElements.of(flow(), selection.nodes(), selection.edges());
    if (!delete.isEmpty()) {
      document.execute(delete);
    }
  }

  /** Renames a node's display name; its id stays. Blank names are refused. */
  public boolean rename(NodeId id, String name) {
    String trimmed = name.strip();
    Optional<Node> node = flow().node(id);
    if (node.isEmpty() || trimmed.equals(node.get().name())) {
      return false;
    }
    if (trimmed.isEmpty()) {
      tell("A name cannot be empty");
      return false;
    }
    document.execute(
        new ReplaceNode("Rename " + id, node.get(), Nodes.withName(node.get(), trimmed)));
    return true;
  }

  /** Starts dragging the selection; returns the gesture that later steps name. */
  public long beginMove() {
    Map<NodeId, Point> start = new HashMap<>();
    selection.nodes().forEach(id -> start.put(id, positionOf(id)));
    long gesture = ++gestures;
    drag = Optional.of(new Drag(gesture, start));
    return gesture;
  }

  /**
   * Moves the dragged nodes by {@code (dx, dy)} from where the drag began: one undo step per drag.
   */
  public void moveTo(long gesture, double dx, double dy) {
    Drag d = drag.filter(x -> x.gesture() == gesture).orElse(null);
    if (d == null || d.start().isEmpty()) {
      return;
    }
    Map<NodeId, Point> before = new HashMap<>();
    Map<NodeId, Point> after = new HashMap<>();
    d.start()
        .forEach(
            (id, p) -> {
              before.put(id, positionOf(id));
              after.put(id, snap(new Point(p.x() + dx, p.y() + dy)));
            });
    if (!before.equals(after)) {
      document.execute(new MoveNodes(moveLabel(after.size()), before, after, gesture));
    }
  }

  public void endMove() {
    drag = Optional.empty();
  }

  /** Arrow keys: moves the selection by one grid step or one pixel. */
  public void nudge(double dx, double dy) {
    Map<NodeId, Point> before = new HashMap<>();
    Map<NodeId, Point> after = new HashMap<>();
    for (NodeId id : selection.nodes()) {
      Point p = positionOf(id);
      before.put(id, p);
      after.put(id, new Point(p.x() + dx, p.y() + dy));
    }
    if (!before.isEmpty()) {
      document.execute(
          new MoveNodes(moveLabel(before.size()), before, after, MoveNodes.NO_GESTURE));
    }
  }

  /** Lays the flow out left to right; pinned nodes stay put. One undo step. */
  public void autoLayout() {
    Map<NodeId, Point> target = layoutEngine.arrange(flow(), Set.copyOf(pinned));
    Map<NodeId, Point> before = new HashMap<>();
    Map<NodeId, Point> after = new HashMap<>();
    target.forEach(
        (id, p) -> {
          Point now = positionOf(id);
          if (!now.equals(p)) {
            before.put(id, now);
            after.put(id, p);
          }
        });
    if (!after.isEmpty()) {
      document.execute(new MoveNodes("Auto-layout", before, after, MoveNodes.NO_GESTURE));
    }
  }

  public void togglePinSelection() {
    boolean allPinned = pinned.containsAll(selection.nodes());
    if (allPinned) {
      pinned.removeAll(selection.nodes());
    } else {
      pinned.addAll(selection.nodes());
    }
  }

  public void copy() {
    if (selection.nodes().isEmpty()) {
      tell("Select nodes to copy");
      return;
    }
    clipboard = Optional.of(Snippet.of(flow(), selection.nodes()));
    pastes = 0;
  }

  public void cut() {
    copy();
    if (!selection.nodes().isEmpty()) {
      document.execute(
          RemoveElements.of(flow(), selection.nodes(), selection.edges()).renamed("Cut"));
    }
  }

  public boolean canPaste() {
    return clipboard.isPresent();
  }

  public void paste() {
    if (clipboard.isEmpty()) {
      tell("Nothing to paste");
      return;
    }
    pastes++;
    insert(clipboard.get(), PASTE_OFFSET * pastes, "Paste");
  }

  public void duplicate() {
    if (!selection.nodes().isEmpty()) {
      insert(Snippet.of(flow(), selection.nodes()), PASTE_OFFSET, "Duplicate");
    }
  }

  private void insert(Snippet snippet, double offset, String label) {
    AddElements add = snippet.pasteInto(flow(), offset, offset, label);
    document.execute(add);
    selection.set(add.nodes().stream().map(Node::id).toList(), List.of());
  }

  public void selectAll() {
    selection.set(
        flow().nodes().stream().map(Node::id).toList(),
        flow().edges().stream().map(Edge::key).toList());
  }

  public void undo() {
    document.undo();
  }

  public void redo() {
    document.redo();
  }

  private void flowChanged(Flow flow) {
    selection.retainExisting(flow);
    pinned.retainAll(ids());
    refreshLineage();
  }

  private void refreshLineage() {
    Set<NodeId> focus = new HashSet<>(selection.nodes());
    selection.singleEdge().ifPresent(e -> focus.addAll(List.of(e.from(), e.to())));
    if (focus.isEmpty()) {
      lineage.set(Set.of());
      return;
    }
    FlowGraph graph = FlowGraph.of(flow());
    Set<NodeId> related = new HashSet<>(focus);
    for (NodeId id : focus) {
      if (graph.contains(id)) {
        related.addAll(graph.upstream(id));
        related.addAll(graph.downstream(id));
      }
    }
    lineage.set(Set.copyOf(related));
  }

  private Set<NodeId> ids() {
    Set<NodeId> ids = new HashSet<>();
    flow().nodes().forEach(n -> ids.add(n.id()));
    return ids;
  }

  private Point snap(Point p) {
    if (!snapToGrid.get()) {
      return p;
    }
    return new Point(Math.round(p.x() / GRID) * GRID, Math.round(p.y() / GRID) * GRID);
  }

  /** The point, moved down until the new card overlaps no other card (so it is never hidden). */
  private Point freeSpot(Point at) {
    Point p = at;
    for (int i = 0; i < 200 && overlapsACard(p); i++) {
      p = new Point(p.x(), p.y() + NodeView.HEIGHT + CARD_GAP);
    }
    return p;
  }

  private boolean overlapsACard(Point p) {
    return flow().layout().positions().values().stream()
        .anyMatch(
            q ->
                Math.abs(q.x() - p.x()) < NodeView.WIDTH + CARD_GAP
                    && Math.abs(q.y() - p.y()) < NodeView.HEIGHT + CARD_GAP);
  }

  private void tell(String text) {
    long next = notice.get() == null ? 1 : notice.get().sequence() + 1;
    notice.set(new Notice(text, next));
  }

  private static String moveLabel(int count) {
    return count == 1 ? "Move node" : "Move " + count + " nodes";
  }

  /** Used by views to look up an edge by its key. */
  public Optional<Edge> edge(EdgeKey key) {
    return flow().edges().stream().filter(e -> e.key().equals(key)).findFirst();
  }
}

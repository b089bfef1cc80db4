package dev.napkin.app.editor;

import dev.napkin.app.palette.PaletteDrag;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.validate.Issue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The diagram: node cards and edges drawn from the editor's flow, kept in step with it by small
 * updates (a drag moves a few views, it does not rebuild the scene). Gestures live in {@link
 * NodeGestures}, {@link ConnectGesture} and {@link BackgroundGestures}.
 */
public final class FlowCanvas extends Region {
  private static final double FIT_PADDING = 40;

  /** Below this zoom, cards drop their text (see napkin.css). */
  static final double OVERVIEW_BELOW = 0.45;

  private static final double MINIMAP_MARGIN = 12;

  /** Cards this far outside the view (as a share of its size) get their detail ahead of a pan. */
  private static final double DETAIL_MARGIN = 0.25;

  private static final javafx.css.PseudoClass OVERVIEW =
      javafx.css.PseudoClass.getPseudoClass("overview");

  private final EditorViewModel editor;
  private final Viewport viewport = new Viewport();
  private final Group world = new Group();
  private final Group edgeLayer = new Group();
  private final Group nodeLayer = new Group();
  private final Group previewLayer = new Group();
  private final Pane overlay = new Pane();
  private final GridBackground grid = new GridBackground(viewport);
  private final Map<NodeId, NodeView> nodeViews = new HashMap<>();
  private final Map<EdgeKey, EdgeView> edgeViews = new HashMap<>();
  private final NodeGestures nodeGestures;
  private final ConnectGesture connectGesture;
  private final Toast toast = new Toast();
  private final Minimap minimap;
  private Flow shown;
  private boolean detailPending;
  private boolean followFit;
  private boolean fitting;

  public FlowCanvas(EditorViewModel editor, PaletteDrag palette) {
    this.editor = editor;
    getStyleClass().add("flow-canvas");
    setFocusTraversable(true);
    Translate pan = new Translate();
    pan.xProperty().bind(viewport.translateXProperty());
    pan.yProperty().bind(viewport.translateYProperty());
    Scale zoom = new Scale();
    zoom.xProperty().bind(viewport.scaleProperty());
    zoom.yProperty().bind(viewport.scaleProperty());
    world.getTransforms().addAll(pan, zoom);
    world.getChildren().addAll(edgeLayer, nodeLayer, previewLayer);
    previewLayer.setMouseTransparent(true);
    overlay.setPickOnBounds(false);
    minimap =
        new Minimap(
            viewport,
            editor::flow,
            this::diagramBounds,
            () -> viewport.visibleWorld(getWidth(), getHeight()));
    overlay.getChildren().addAll(minimap, toast);
    getChildren().addAll(grid, world, overlay);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    nodeGestures = new NodeGestures(this, editor);
    connectGesture = new ConnectGesture(this, editor, previewLayer);
    new BackgroundGestures(this, editor, overlay, palette, previewLayer).install();
    editor.document().flowProperty().addListener((obs, old, flow) -> sync(flow));
    // Another flow was opened: show all of it, wherever the last one was scrolled to.
    editor.document().generationProperty().addListener((obs, old, now) -> fitToView());
    editor.selection().versionProperty().addListener((obs, old, now) -> refreshSelection());
    editor.lineageProperty().addListener((obs, old, now) -> refreshLineage());
    editor.pinned().addListener((SetChangeListener<NodeId>) change -> refreshPins());
    editor.noticeProperty().addListener((obs, old, notice) -> toast.show(notice.text()));
    viewport.scaleProperty().addListener((obs, old, now) -> userMovedView());
    viewport
        .scaleProperty()
        .addListener(
            (obs, old, now) ->
                pseudoClassStateChanged(OVERVIEW, now.doubleValue() < OVERVIEW_BELOW));
    viewport.translateXProperty().addListener((obs, old, now) -> userMovedView());
    viewport.translateYProperty().addListener((obs, old, now) -> userMovedView());
    widthProperty().addListener((obs, old, now) -> refit());
    heightProperty().addListener((obs, old, now) -> refit());
    javafx.beans.InvalidationListener viewChanged =
        obs -> {
          detailPending = true;
          minimap.invalidate();
        };
    viewport.scaleProperty().addListener(viewChanged);
    viewport.translateXProperty().addListener(viewChanged);
    viewport.translateYProperty().addListener(viewChanged);
    widthProperty().addListener(viewChanged);
    heightProperty().addListener(viewChanged);
    editor.document().flowProperty().addListener(viewChanged);
    Runnable beforeLayout =
        () -> {
          showDetailInView();
          minimap.redrawIfStale();
        };
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.removePreLayoutPulseListener(beforeLayout);
              }
              if (scene != null) {
                scene.addPreLayoutPulseListener(beforeLayout);
              }
            });
    sync(editor.flow());
  }

  /** After "fit", the view keeps fitting as the window resizes, until the user pans or zooms. */
  private void userMovedView() {
    if (!fitting) {
      followFit = false;
    }
  }

  private void refit() {
    if (followFit) {
      fit();
    }
  }

  private void fit() {
    fitting = true;
    viewport.fit(diagramBounds(), getWidth(), getHeight(), FIT_PADDING);
    fitting = false;
  }

  public Viewport viewport() {
    return viewport;
  }

  /** The overview in the lower-right corner. */
  public Minimap minimap() {
    return minimap;
  }

  EditorViewModel editor() {
    return editor;
  }

  /** The view of a node, for gestures and tests. */
  public Optional<javafx.scene.Node> viewOf(NodeId id) {
    return Optional.ofNullable(nodeViews.get(id));
  }

  public Optional<javafx.scene.Node> viewOf(EdgeKey key) {
    return Optional.ofNullable(edgeViews.get(key)).map(EdgeView::hitArea);
  }

  public Optional<javafx.scene.Node> outputPortOf(NodeId id) {
    return Optional.ofNullable(nodeViews.get(id)).flatMap(NodeView::outputPort);
  }

  NodeView nodeView(NodeId id) {
    return nodeViews.get(id);
  }

  Collection<NodeView> nodeViews() {
    return nodeViews.values();
  }

  /** The node whose card covers the world point, if any. */
  Optional<NodeId> nodeAt(Point p) {
    for (NodeView view : nodeViews.values()) {
      Point at = editor.positionOf(view.id());
      if (p.x() >= at.x()
          && p.x() <= at.x() + NodeView.WIDTH
          && p.y() >= at.y()
          && p.y() <= at.y() + NodeView.HEIGHT) {
        return Optional.of(view.id());
      }
    }
    return Optional.empty();
  }

  /** The nodes whose cards touch a rectangle given in world units. */
  Set<NodeId> nodesIn(Bounds area) {
    Set<NodeId> hits = new HashSet<>();
    for (NodeView view : nodeViews.values()) {
      Point at = editor.positionOf(view.id());
      if (area.intersects(at.x(), at.y(), NodeView.WIDTH, NodeView.HEIGHT)) {
        hits.add(view.id());
      }
    }
    return hits;
  }

  Point toWorld(double sceneX, double sceneY) {
    javafx.geometry.Point2D local = sceneToLocal(sceneX, sceneY);
    return viewport.toWorld(local.getX(), local.getY());
  }

  public void zoomIn() {
    viewport.zoomAt(Viewport.STEP, getWidth() / 2, getHeight() / 2);
  }

  public void zoomOut() {
    viewport.zoomAt(1 / Viewport.STEP, getWidth() / 2, getHeight() / 2);
  }

  public void zoomToActualSize() {
    viewport.setScaleAt(1, getWidth() / 2, getHeight() / 2);
  }

  /** Zooms and pans so the whole diagram is in view. */
  public void fitToView() {
    followFit = true;
    fit();
  }

  /** The world point at the middle of what is visible: where a double-click in the palette adds. */
  public Point visibleCenter() {
    Point c = viewport.toWorld(getWidth() / 2, getHeight() / 2);
    return new Point(c.x() - NodeView.WIDTH / 2, c.y() - NodeView.HEIGHT / 2);
  }

  /** Pans so the node is in the middle of the view, zoom unchanged. */
  public void centerOn(NodeId id) {
    Point p = editor.positionOf(id);
    double s = viewport.scale();
    viewport.panBy(
        getWidth() / 2 - (p.x() + NodeView.WIDTH / 2) * s - viewport.translateXProperty().get(),
        getHeight() / 2 - (p.y() + NodeView.HEIGHT / 2) * s - viewport.translateYProperty().get());
  }

  public void startRename(NodeId id) {
    Optional.ofNullable(nodeViews.get(id)).ifPresent(v -> InlineRename.start(v, editor, this));
  }

  /** Marks nodes and edges that problems concern, errors over warnings. */
  public void showProblems(List<Issue> issues) {
    Set<NodeId> errorNodes = new HashSet<>();
    Set<NodeId> warningNodes = new HashSet<>();
    Set<EdgeKey> errorEdges = new HashSet<>();
    Set<EdgeKey> warningEdges = new HashSet<>();
    for (Issue issue : issues) {
      issue.node().ifPresent(n -> (issue.isError() ? errorNodes : warningNodes).add(n));
      issue.edge().ifPresent(e -> (issue.isError() ? errorEdges : warningEdges).add(e));
    }
    nodeViews.forEach((id, v) -> v.setProblem(errorNodes.contains(id), warningNodes.contains(id)));
    edgeViews.forEach(
        (key, v) -> v.setProblem(errorEdges.contains(key), warningEdges.contains(key)));
  }

  /** Shows a simulation's figures on the cards they concern; other cards show none. */
  public void showRun(Map<NodeId, RunMark> marks) {
    nodeViews.forEach((id, v) -> v.showRun(Optional.ofNullable(marks.get(id))));
  }

  Bounds diagramBounds() {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Node node : editor.flow().nodes()) {
      Point p = editor.positionOf(node.id());
      minX = Math.min(minX, p.x());
      minY = Math.min(minY, p.y());
      maxX = Math.max(maxX, p.x() + NodeView.WIDTH);
      maxY = Math.max(maxY, p.y() + NodeView.HEIGHT);
    }
    return minX > maxX
        ? new BoundingBox(0, 0, -1, -1)
        : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
  }

  @Override
  protected void layoutChildren() {
    overlay.resizeRelocate(0, 0, getWidth(), getHeight());
    grid.resizeRelocate(0, 0, getWidth(), getHeight());
    toast.place(getWidth(), getHeight());
    minimap.relocate(
        getWidth() - Minimap.WIDTH - MINIMAP_MARGIN, getHeight() - Minimap.HEIGHT - MINIMAP_MARGIN);
  }

  private void sync(Flow flow) {
    Flow before = shown;
    shown = flow;
    boolean sameContent =
        before != null
            && before.nodes() == flow.nodes()
            && before.edges() == flow.edges()
            && before.defaultSla().equals(flow.defaultSla())
            && before.execution().equals(flow.execution());
    if (sameContent) {
      moveViews(before, flow);
      return;
    }
    Set<NodeId> present = new HashSet<>();
    List<NodeView> stale = new ArrayList<>();
    List<NodeView> added = new ArrayList<>();
    for (Node node : flow.nodes()) {
      present.add(node.id());
      NodeView view = nodeViews.get(node.id());
      if (view != null && view.node().kind() != node.kind()) {
        stale.add(view);
        nodeViews.remove(node.id());
        view = null;
      }
      if (view == null) {
        view = new NodeView(node, CardContent.of(flow, node), connectGesture::install);
        nodeGestures.install(view);
        nodeViews.put(node.id(), view);
        added.add(view);
      } else {
        view.show(node, CardContent.of(flow, node));
      }
      Point p = editor.positionOf(node.id());
      view.relocate(p.x(), p.y());
    }
    stale.addAll(ViewLayers.removeStale(nodeViews, present));
    ViewLayers.replaceChildren(nodeLayer, stale, added);
    Set<EdgeKey> keys = new HashSet<>();
    List<EdgeView> newEdges = new ArrayList<>();
    List<javafx.scene.Node> addedEdges = new ArrayList<>();
    for (Edge edge : flow.edges()) {
      keys.add(edge.key());
      EdgeView view = edgeViews.get(edge.key());
      if (view == null) {
        view = new EdgeView(edge, edgeLayer);
        nodeGestures.installEdge(view);
        edgeViews.put(edge.key(), view);
        newEdges.add(view);
      } else {
        view.show(edge);
      }
      view.route(editor.positionOf(edge.from()), editor.positionOf(edge.to()));
    }
    List<javafx.scene.Node> goneEdges = new ArrayList<>();
    ViewLayers.removeStale(edgeViews, keys).forEach(v -> goneEdges.addAll(v.shapes()));
    newEdges.forEach(v -> addedEdges.addAll(v.shapes()));
    ViewLayers.replaceChildren(edgeLayer, goneEdges, addedEdges);
    detailPending = true;
    refreshSelection();
    refreshLineage();
    refreshPins();
  }

  /** Only positions changed (a drag, a layout): relocate moved cards and reroute their edges. */
  private void moveViews(Flow before, Flow flow) {
    Set<NodeId> moved = new HashSet<>();
    for (Map.Entry<NodeId, Point> e : flow.layout().positions().entrySet()) {
      if (!e.getValue().equals(before.layout().positions().get(e.getKey()))) {
        moved.add(e.getKey());
        NodeView view = nodeViews.get(e.getKey());
        if (view != null) {
          view.relocate(e.getValue().x(), e.getValue().y());
        }
      }
    }
    if (moved.isEmpty()) {
      return;
    }
    detailPending = true;
    for (Edge edge : flow.edges()) {
      if (moved.contains(edge.from()) || moved.contains(edge.to())) {
        edgeViews
            .get(edge.key())
            .route(editor.positionOf(edge.from()), editor.positionOf(edge.to()));
      }
    }
  }

  /**
   * Gives the cards in view (with a margin) their text and badges, once zoomed in enough to read
   * them; runs before each layout pass, and does nothing unless the flow or the view changed.
   */
  private void showDetailInView() {
    if (!detailPending) {
      return;
    }
    detailPending = false;
    if (viewport.scale() < OVERVIEW_BELOW || getWidth() <= 0 || getHeight() <= 0) {
      return;
    }
    ViewLayers.showDetailNear(
        nodeViews.values(), viewport.visibleWorld(getWidth(), getHeight()), DETAIL_MARGIN);
  }

  private void refreshSelection() {
    Selection selection = editor.selection();
    nodeViews.forEach((id, v) -> v.setSelected(selection.contains(id)));
    edgeViews.forEach((key, v) -> v.setSelected(selection.contains(key)));
  }

  private void refreshLineage() {
    Set<NodeId> bright = editor.lineageProperty().get();
    boolean all = bright.isEmpty();
    nodeViews.forEach((id, v) -> v.setDimmed(!all && !bright.contains(id)));
    edgeViews.forEach(
        (key, v) ->
            v.setDimmed(!all && !(bright.contains(key.from()) && bright.contains(key.to()))));
  }

  private void refreshPins() {
    nodeViews.forEach((id, v) -> v.setPinned(editor.pinned().contains(id)));
  }
}

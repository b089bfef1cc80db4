package dev.napkin.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;

/** Bulk changes to the canvas's layers of views, kept cheap for flows of a thousand nodes. */
final class ViewLayers {
  private ViewLayers() {}

  /** Drops the views whose keys are gone from {@code views}, and returns them. */
  static <K, V> List<V> removeStale(Map<K, V> views, Set<K> keep) {
    List<V> gone = new ArrayList<>();
    Iterator<Map.Entry<K, V>> it = views.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, V> e = it.next();
      if (!keep.contains(e.getKey())) {
        gone.add(e.getValue());
        it.remove();
      }
    }
    return gone;
  }

  /**
   * One change to a layer's children however many views come and go: adding a thousand cards one by
   * one would notify the scene a thousand times, and removing them one by one costs n² in the
   * children list.
   */
  static void replaceChildren(
      Group layer,
      List<? extends javafx.scene.Node> gone,
      List<? extends javafx.scene.Node> added) {
    if (!gone.isEmpty()) {
      layer.getChildren().removeAll(new HashSet<>(gone));
    }
    if (!added.isEmpty()) {
      layer.getChildren().addAll(added);
    }
  }

  /**
   * Gives the cards near {@code view} (world bounds, widened by {@code margin} of its size on each
   * side) their text and badges, so a pan shows them ready.
   */
  static void showDetailNear(Collection<NodeView> cards, Bounds view, double margin) {
    double mx = view.getWidth() * margin;
    double my = view.getHeight() * margin;
    Bounds near =
        new BoundingBox(
            view.getMinX() - mx,
            view.getMinY() - my,
            view.getWidth() + 2 * mx,
            view.getHeight() + 2 * my);
    for (NodeView v : cards) {
      if (!v.hasDetail()
          && near.intersects(v.getLayoutX(), v.getLayoutY(), NodeView.WIDTH, NodeView.HEIGHT)) {
        v.showDetail();
      }
    }
  }
}

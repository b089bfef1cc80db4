package dev.napkin.app.editor;

import dev.napkin.model.flow.NodeId;
import java.util.Locale;
import java.util.Set;

/** Makes new node ids that fit the spec's form and clash with none taken. */
public final class NodeIds {
  private NodeIds() {}

  /**
   * {@code base} as an id ({@code "Click Events"} → {@code click-events}), with {@code -2}, {@code
   * -3}, … appended until it is free. A copy of {@code clicks-2} becomes {@code clicks-3}.
   */
  public static NodeId unique(String base, Set<NodeId> taken) {
    String stem = stem(base);
    NodeId plain = NodeId.of(stem);
    if (!taken.contains(plain)) {
      return plain;
    }
    for (int n = 2; ; n++) {
      NodeId candidate = NodeId.of(stem + "-" + n);
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static String stem(String base) {
    String s =
        base.toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_-]+", "-")
            .replaceAll("-{2,}", "-")
            .replaceAll("^[^a-z]+", "")
            .replaceAll("-\\d+$", "")
            .replaceAll("-$", "");
    return s.isEmpty() ? "node" : s;
  }
}

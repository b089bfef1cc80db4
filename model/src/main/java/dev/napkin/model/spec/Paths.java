package dev.napkin.model.spec;

import java.util.Optional;

/** Spec paths as issues show them: {@code nodes[2].cost}, {@code defaults.sla.percentile}. */
final class Paths {
  private Paths() {}

  static String key(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The enclosing path ({@code nodes[2].cost} → {@code nodes[2]} → {@code nodes} → ""). */
  static Optional<String> parent(String path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (path.endsWith("]")) {
      cut = path.lastIndexOf('[');
    }
    return Optional.of(cut < 0 ? "" : path.substring(0, cut));
  }
}

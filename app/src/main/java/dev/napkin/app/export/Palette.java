package dev.napkin.app.export;

import dev.napkin.model.flow.NodeKind;

/** One fill, stroke and text color per node kind, shared by the text exporters. */
final class Palette {
  private Palette() {}

  record Colors(String fill, String stroke, String text) {}

  static Colors of(NodeKind kind) {
    return switch (kind) {
      case SOURCE -> new Colors("#e3f2fd", "#1e88e5", "#0d47a1");
      case TRANSFORM -> new Colors("#f3e5f5", "#8e24aa", "#4a148c");
      case SINK -> new Colors("#e8f5e9", "#43a047", "#1b5e20");
    };
  }
}

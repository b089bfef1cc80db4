package dev.napkin.app.palette;

import dev.napkin.model.flow.Node;
import java.util.List;
import java.util.Optional;

/** Finds a palette entry's node by the key a drag carries. */
public final class PaletteLookup {
  private PaletteLookup() {}

  public static Optional<Node> prototype(List<PaletteEntry> entries, String key) {
    return entries.stream()
        .map(PaletteEntry::prototype)
        .filter(n -> n.id().value().equals(key))
        .findFirst();
  }
}

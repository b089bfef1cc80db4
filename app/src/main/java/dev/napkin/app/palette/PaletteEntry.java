package dev.napkin.app.palette;

import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeKind;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;

/**
 * One thing the palette offers: a label, a line of help, an icon, and the node it adds (its id is a
 * suggestion the editor makes unique).
 */
public record PaletteEntry(String label, String help, Ikon icon, Node prototype) {
  public NodeKind kind() {
    return prototype.kind();
  }

  /** True when every word of {@code query} appears in the label, help, technology or kind. */
  public boolean matches(String query) {
    String haystack =
        (label
                + " "
                + help
                + " "
                + prototype.tech().orElse("")
                + " "
                + prototype.kind().specName()
                + " "
                + prototype.id())
            .toLowerCase(Locale.ROOT);
    for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }
}

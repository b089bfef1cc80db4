package dev.napkin.app.files;

import dev.napkin.model.flow.Flow;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes flow specs. Reading never throws for bad content: it reports issues. */
public interface DocumentStore {
  /** Reads a spec file (YAML or JSON by its extension). */
  LoadResult read(Path file);

  /** Reads spec text that did not come from a file of its own (a bundled example). */
  LoadResult read(String text, String fileName);

  /**
   * Writes {@code flow} to {@code file} in canonical form, in the format its extension names,
   * atomically: a reader sees the old file or the new one, never half of one.
   */
  void write(Flow flow, Path file) throws IOException;
}

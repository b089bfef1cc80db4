package dev.napkin.app.export;

import dev.napkin.app.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes an export's files: the ones beside it first (so a report never links to a picture not yet
 * written), then the main file; each atomically, so a failed export leaves no half-written file.
 */
public final class ExportWriter {
  private ExportWriter() {}

  public static void write(Path target, ExportFiles files) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    for (Map.Entry<String, byte[]> beside : files.beside().entrySet()) {
      AtomicFiles.write(folder.resolve(beside.getKey()), beside.getValue());
    }
    AtomicFiles.write(target, files.main());
  }
}

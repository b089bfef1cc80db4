package dev.napkin.app.cli;

import dev.napkin.app.export.ExportFiles;
import dev.napkin.app.export.ExportWriter;
import dev.napkin.app.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where {@code -o} writes: atomically, and only into a folder that exists (no surprise mkdirs). */
final class OutputFile {
  private OutputFile() {}

  static void write(Path output, String text) throws IOException {
    Path target = output.toAbsolutePath();
    if (!Files.isDirectory(target.getParent())) {
      throw new NoSuchFileException(target.getParent().toString(), null, "no such folder");
    }
    AtomicFiles.write(target, text);
  }

  /** An export's files: the main one at {@code output}, the others beside it. */
  static void write(Path output, ExportFiles files) throws IOException {
    Path target = output.toAbsolutePath();
    if (!Files.isDirectory(target.getParent())) {
      throw new NoSuchFileException(target.getParent().toString(), null, "no such folder");
    }
    ExportWriter.write(target, files);
  }
}

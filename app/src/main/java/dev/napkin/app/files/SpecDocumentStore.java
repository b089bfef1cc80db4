package dev.napkin.app.files;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.ReadResult;
import dev.napkin.model.spec.SpecFormat;
import dev.napkin.model.spec.SpecReader;
import dev.napkin.model.spec.SpecWriter;
import java.io.IOException;
import java.nio.file.Path;

/** Specs on disk through the model's reader and writer; YAML or JSON by file extension. */
public final class SpecDocumentStore implements DocumentStore {
  @Override
  public LoadResult read(Path file) {
    return result(SpecReader.read(file));
  }

  @Override
  public LoadResult read(String text, String fileName) {
    return result(SpecReader.read(text, formatOf(fileName), fileName));
  }

  @Override
  public void write(Flow flow, Path file) throws IOException {
    AtomicFiles.write(file, SpecWriter.write(flow, formatOf(file.getFileName().toString())));
  }

  private static LoadResult result(ReadResult read) {
    return new LoadResult(read.flow(), read.issues(), read.locations()::attach);
  }

  /** YAML unless the name ends in .json. */
  static SpecFormat formatOf(String fileName) {
    return SpecFormat.ofFileName(fileName).orElse(SpecFormat.YAML);
  }
}

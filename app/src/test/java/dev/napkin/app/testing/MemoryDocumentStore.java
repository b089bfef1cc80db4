package dev.napkin.app.testing;

import dev.napkin.app.files.DocumentStore;
import dev.napkin.app.files.LoadResult;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.validate.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Keeps written flows in memory (leaving a marker file on disk); reads only what it wrote. */
public final class MemoryDocumentStore implements DocumentStore {
  private final Map<Path, Flow> written = new HashMap<>();

  @Override
  public LoadResult read(Path file) {
    Flow flow = written.get(file.toAbsolutePath());
    return flow == null
        ? LoadResult.failed(Issue.error("unreadable", "", "not written by this store"))
        : new LoadResult(Optional.of(flow), java.util.List.of());
  }

  @Override
  public LoadResult read(String text, String fileName) {
    return LoadResult.failed(Issue.error("unreadable", "", "text is not read by this store"));
  }

  @Override
  public void write(Flow flow, Path file) throws IOException {
    Files.writeString(file, flow.name());
    written.put(file.toAbsolutePath(), flow);
  }
}

package dev.napkin.app.files;

import dev.napkin.model.flow.Flow;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The autosave: unsaved work copied to a recovery folder now and then. A clean exit removes it, so
 * a recovery file found at start means the last run ended without saving (a crash, a kill).
 */
public final class RecoveryStore {
  private static final String SPEC = "recovery.yaml";
  private static final String META = "recovery.properties";

  private final Path dir;
  private final DocumentStore store;

  /** What was recovered: the flow, the file it belonged to, and when it was autosaved. */
  public record Recovered(Flow flow, Optional<Path> original, Instant savedAt) {}

  public RecoveryStore(Path dir, DocumentStore store) {
    this.dir = dir;
    this.store = store;
  }

  public Path dir() {
    return dir;
  }

  public void save(Flow flow, Optional<Path> original, Instant now) throws IOException {
    Files.createDirectories(dir);
    store.write(flow, dir.resolve(SPEC));
    Properties meta = new Properties();
    original.ifPresent(p -> meta.setProperty("original", p.toAbsolutePath().toString()));
    meta.setProperty("savedAt", now.toString());
    StringWriter text = new StringWriter();
    meta.store(text, "Napkin autosave");
    AtomicFiles.write(dir.resolve(META), text.toString());
  }

  /** The autosaved flow, when there is one that can still be read. */
  public Optional<Recovered> find() {
    Path spec = dir.resolve(SPEC);
    if (!Files.isRegularFile(spec)) {
      return Optional.empty();
    }
    Properties meta = new Properties();
    try {
      if (Files.isRegularFile(dir.resolve(META))) {
        meta.load(new StringReader(Files.readString(dir.resolve(META))));
      }
    } catch (IOException | IllegalArgumentException e) {
      meta.clear();
    }
    Instant savedAt;
    try {
      savedAt = Instant.parse(meta.getProperty("savedAt", ""));
    } catch (RuntimeException e) {
      savedAt = Instant.EPOCH;
    }
    Optional<Path> original = Optional.ofNullable(meta.getProperty("original")).map(Path::of);
    Instant at = savedAt;
    return store.read(spec).flow().map(flow -> new Recovered(flow, original, at));
  }

  public void clear() {
    try {
      Files.deleteIfExists(dir.resolve(SPEC));
      Files.deleteIfExists(dir.resolve(META));
    } catch (IOException e) {
      // A recovery file that cannot be deleted is offered again next start; nothing is lost.
    }
  }
}

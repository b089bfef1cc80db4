package dev.napkin.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened or saved last, newest first, remembered between runs. */
public final class RecentFiles {
  static final String KEY = "recentFiles";
  public static final int LIMIT = 10;

  private final Settings settings;
  private final ObservableList<Path> files = FXCollections.observableArrayList();
  private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);

  public RecentFiles(Settings settings) {
    this.settings = settings;
    settings
        .get(KEY)
        .ifPresent(
            text ->
                Arrays.stream(text.split("\n"))
                    .filter(s -> !s.isBlank())
                    .limit(LIMIT)
                    .map(Path::of)
                    .forEach(files::add));
  }

  public ObservableList<Path> files() {
    return filesView;
  }

  /** Puts {@code file} first, dropping an older mention and the oldest beyond the limit. */
  public void add(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<Path> next = new ArrayList<>(files);
    next.remove(absolute);
    next.add(0, absolute);
    files.setAll(next.subList(0, Math.min(LIMIT, next.size())));
    store();
  }

  public void remove(Path file) {
    files.remove(file);
    store();
  }

  public void clear() {
    files.clear();
    store();
  }

  private void store() {
    settings.put(KEY, files.stream().map(Path::toString).collect(Collectors.joining("\n")));
  }
}

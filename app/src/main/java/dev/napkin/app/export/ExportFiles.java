package dev.napkin.app.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one export writes: the file asked for, and files beside it (a Markdown report's pictures) by
 * their path relative to the folder of the main file, in the order they are written.
 */
public record ExportFiles(byte[] main, Map<String, byte[]> beside) {
  public ExportFiles {
    main = main.clone();
    Map<String, byte[]> copy = new LinkedHashMap<>();
    beside.forEach(
        (path, bytes) -> {
          if (path.isEmpty() || path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("not a path inside the export's folder: " + path);
          }
          copy.put(path, bytes.clone());
        });
    beside = java.util.Collections.unmodifiableMap(copy);
  }

  public static ExportFiles of(byte[] main) {
    return new ExportFiles(main, Map.of());
  }

  public static ExportFiles of(String main) {
    return of(main.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] main() {
    return main.clone();
  }

  /** The main file as text (for text formats). */
  public String mainText() {
    return new String(main, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ExportFiles that) || !Arrays.equals(main, that.main)) {
      return false;
    }
    if (!beside.keySet().equals(that.beside.keySet())) {
      return false;
    }
    return beside.entrySet().stream()
        .allMatch(e -> Arrays.equals(e.getValue(), that.beside.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    int hash = Arrays.hashCode(main);
    for (Map.Entry<String, byte[]> e : beside.entrySet()) {
      hash = 31 * hash + e.getKey().hashCode() + Arrays.hashCode(e.getValue());
    }
    return hash;
  }

  @Override
  public String toString() {
    return "ExportFiles[main=" + main.length + " bytes, beside=" + beside.keySet() + "]";
  }
}

package dev.napkin.model.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The spec documents under src/test/resources/spec. */
final class TestSpecs {
  private TestSpecs() {}

  static Path folder(String name) {
    try {
      return Path.of(TestSpecs.class.getResource("/spec/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The YAML and JSON files of a folder, sorted by name. */
  static List<Path> specs(String folder) {
    try (Stream<Path> files = Files.list(folder(folder))) {
      return files
          .filter(p -> SpecFormat.ofFileName(p.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String folder, String name) {
    return text(folder(folder).resolve(name));
  }

  /** Reads a file by name, with only its name in locations (as the CLI shows a relative path). */
  static ReadResult read(Path file) {
    String name = file.getFileName().toString();
    return SpecReader.read(text(file), SpecFormat.ofFileName(name).orElseThrow(), name);
  }

  static ReadResult readYaml(String text) {
    return SpecReader.read(text, SpecFormat.YAML, "flow.yaml");
  }
}

package dev.napkin.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The example flows bundled with Napkin (assets/examples, on the class path under napkin/). */
public final class ExampleGallery {
  private static final String FOLDER = "napkin/examples";
  public static final String STARTER = "clickstream.yaml";

  private final DocumentStore store;

  public ExampleGallery(DocumentStore store) {
    this.store = store;
  }

  /** Every bundled example, by file name, titled with its flow's name. */
  public List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    for (String name : fileNames()) {
      text(name)
          .ifPresent(
              text -> {
                var flow = store.read(text, name).flow();
                String title = flow.map(f -> f.name()).orElse(name);
                String description = flow.flatMap(f -> f.description()).orElse("");
                examples.add(new Example(name, title, description, text));
              });
    }
    return examples;
  }

  /** The text of one bundled example. */
  public Optional<String> text(String fileName) {
    try (InputStream in =
        ExampleGallery.class.getClassLoader().getResourceAsStream(FOLDER + "/" + fileName)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<String> fileNames() {
    URL url = ExampleGallery.class.getClassLoader().getResource(FOLDER);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return list(fs.getPath(FOLDER));
      }
      return list(Path.of(uri));
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return List.of();
    }
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))
          .sorted()
          .toList();
    }
  }
}

package dev.napkin.model.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.unit.DataSize;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Money;
import dev.napkin.model.unit.Rate;
import dev.napkin.model.unit.Ratio;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One bundled example read as a plain YAML tree, with checks that each part uses only the keys
 * SPEC.md documents and writes every value with units in its canonical form. It stands in for the
 * spec reader (built elsewhere) so the examples are checked against the format itself.
 */
final class ExampleDocument {
  private static final YAMLMapper YAML = new YAMLMapper();

  final String file;
  final JsonNode root;
  private final List<String> problems = new ArrayList<>();

  private ExampleDocument(String file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  static ExampleDocument load(String file) {
    String resource = "napkin/examples/" + file;
    try (InputStream in = ExampleDocument.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource %s", resource).isNotNull();
      return new ExampleDocument(file, YAML.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  void problem(String path, String message) {
    problems.add(file + ": " + path + ": " + message);
  }

  /** Reports keys of {@code node} outside {@code allowed} and missing {@code required} ones. */
  void keys(String path, JsonNode node, Set<String> allowed, Set<String> required) {
    if (!node.isObject()) {
      problem(path, "expected a mapping");
      return;
    }
    Set<String> present = new TreeSet<>(node.propertyNames());
    for (String key : present) {
      if (!allowed.contains(key)) {
        problem(path + "." + key, "not a documented key");
      }
    }
    for (String key : required) {
      if (!present.contains(key)) {
        problem(path + "." + key, "is required");
      }
    }
  }

  void duration(String path, JsonNode value) {
    canonical(path, value, "duration", text -> Duration.parse(text).toString());
  }

  void rate(String path, JsonNode value) {
    canonical(path, value, "rate", text -> Rate.parse(text).toString());
  }

  void size(String path, JsonNode value) {
    canonical(path, value, "size", text -> DataSize.parse(text).toString());
  }

  void money(String path, JsonNode value) {
    canonical(path, value, "money", text -> Money.parse(text).toString());
  }

  void ratio(String path, JsonNode value) {
    canonical(path, value, "ratio", text -> Ratio.parse(text).toString());
  }

  void positiveNumber(String path, JsonNode value) {
    if (value == null || !value.isNumber() || value.doubleValue() <= 0) {
      problem(path, "expected a positive number, got " + value);
    }
  }

  void oneOf(String path, JsonNode value, Set<String> choices) {
    if (value == null || !value.isString() || !choices.contains(value.stringValue())) {
      problem(path, "expected one of " + choices + ", got " + value);
    }
  }

  private void canonical(
      String path, JsonNode value, String kind, Function<String, String> canonicalForm) {
    if (value == null || !value.isString()) {
      problem(path, "expected a " + kind + " string, got " + value);
      return;
    }
    String text = value.stringValue();
    try {
      String canonical = canonicalForm.apply(text);
      if (!canonical.equals(text)) {
        problem(path, "\"" + text + "\" is not canonical; write " + canonical);
      }
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
    }
  }
}

package dev.napkin.model.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The bundled example flows: valid format 1, canonical, and together covering the features. */
class ExampleFlowsTest {
  private static final double RECORD_BUDGET = 5e7;

  static List<String> examples() throws IOException {
    try (InputStream in =
        ExampleFlowsTest.class.getClassLoader().getResourceAsStream("napkin/examples/README.md")) {
      assertThat(in).as("napkin/examples/README.md").isNotNull();
      Matcher m =
          Pattern.compile("\\]\\(([a-z0-9-]+\\.yaml)\\)")
              .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<String> files = new ArrayList<>();
      while (m.find()) {
        files.add(m.group(1));
      }
      return files;
    }
  }

  @Test
  void readmeListsTheRequiredExamplesOnceEach() throws IOException {
    assertThat(examples())
        .doesNotHaveDuplicates()
        .contains(
            "finance-nightly.yaml",
            "clickstream.yaml",
            "fraud-scoring.yaml",
            "cdc-lakehouse.yaml",
            "iot-sensors.yaml",
            "feature-store.yaml",
            "lambda-architecture.yaml",
            "kappa-rewrite.yaml");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void usesOnlyDocumentedKeysAndCanonicalValues(String file) {
    ExampleDocument doc = ExampleDocument.load(file);
    new FormatOneShape(doc).check();
    assertThat(doc.problems()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void describesItselfAndPutsAnSlaOnEverySinkAndAContractOnEveryEdge(String file) {
    JsonNode root = ExampleDocument.load(file).root;
    String description = root.path("description").asString("");
    assertThat(description.strip().split("(?<=[.!?])\\s+")).hasSizeBetween(2, 3);
    assertThat(nodes(root, "sink"))
        .allSatisfy(sink -> assertThat(sink.path("sla").has("latency")).as(id(sink)).isTrue());
    assertThat(list(root.path("edges")))
        .allSatisfy(edge -> assertThat(edge.path("contract").asString("")).contains("@"));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void laysOutEveryNodeLeftToRightWithoutOverlap(String file) {
    JsonNode root = ExampleDocument.load(file).root;
    JsonNode layout = root.path("layout");
    List<JsonNode> nodes = list(root.path("nodes"));
    assertThat(nodes).allSatisfy(n -> assertThat(layout.has(id(n))).as(id(n)).isTrue());
    for (JsonNode edge : list(root.path("edges"))) {
      double fromX = layout.path(edge.path("from").asString()).path("x").asDouble();
      double toX = layout.path(edge.path("to").asString()).path("x").asDouble();
      assertThat(toX).as("x of %s after its input", edge.path("to")).isGreaterThan(fromX);
    }
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        JsonNode a = layout.path(id(nodes.get(i)));
        JsonNode b = layout.path(id(nodes.get(j)));
        double dx = Math.abs(a.path("x").asDouble() - b.path("x").asDouble());
        double dy = Math.abs(a.path("y").asDouble() - b.path("y").asDouble());
        assertThat(dx >= 220 || dy >= 120)
            .as("%s and %s overlap", id(nodes.get(i)), id(nodes.get(j)))
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void simulatesQuicklyWithSeed42AndAtLeastTwoBatchPeriods(String file) {
    JsonNode root = ExampleDocument.load(file).root;
    JsonNode simulation = root.path("simulation");
    double horizon = Duration.parse(simulation.path("horizon").asString("1d")).seconds();
    double every =
        Duration.parse(root.path("execution").path("batch").path("every").asString("1h")).seconds();
    double records =
        nodes(root, "source").stream()
                .mapToDouble(s -> Rate.parse(s.path("rate").asString()).perSecond())
                .sum()
            * horizon;
    assertThat(simulation.path("seed").asLong()).isEqualTo(42);
    assertThat(simulation.path("replications").asInt(5)).isBetween(3, 5);
    assertThat(records).isLessThanOrEqualTo(RECORD_BUDGET);
    assertThat(horizon).isGreaterThanOrEqualTo(2 * every);
  }

  @Test
  void togetherCoverProfilesJoinsEventPartitionsMonthlyCostsAndLambda() throws IOException {
    Map<String, JsonNode> all = new HashMap<>();
    for (String file : examples()) {
      all.put(file, ExampleDocument.load(file).root);
    }
    assertThat(filesWhere(all, r -> sources(r, "diurnal"))).isNotEmpty();
    assertThat(filesWhere(all, r -> sources(r, "bursts"))).isNotEmpty();
    assertThat(filesWhere(all, r -> hasOp(r, "join") && nodes(r, "source").size() >= 2))
        .isNotEmpty();
    assertThat(filesWhere(all, ExampleFlowsTest::eventPartitionWithGrace)).isNotEmpty();
    assertThat(filesWhere(all, r -> r.path("cost").has("monthly"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(filesWhere(all, r -> hasOp(r, "aggregate") && slidingWindow(r))).isNotEmpty();
    assertThat(filesWhere(all, ExampleFlowsTest::heavyTailedLateness)).isNotEmpty();
    assertThat(filesWhere(all, ExampleFlowsTest::isLambda))
        .containsExactly("lambda-architecture.yaml");
  }

  private static List<String> filesWhere(Map<String, JsonNode> all, Predicate<JsonNode> test) {
    return all.entrySet().stream()
        .filter(e -> test.test(e.getValue()))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private static boolean sources(JsonNode root, String profile) {
    return nodes(root, "source").stream()
        .anyMatch(s -> s.path("profile").path("type").asString("").equals(profile));
  }

  private static boolean hasOp(JsonNode root, String op) {
    return nodes(root, "transform").stream().anyMatch(t -> t.path("op").asString("map").equals(op));
  }

  private static boolean slidingWindow(JsonNode root) {
    return nodes(root, "transform").stream()
        .anyMatch(t -> t.path("window").path("type").asString("").equals("sliding"));
  }

  private static boolean eventPartitionWithGrace(JsonNode root) {
    JsonNode batch = root.path("execution").path("batch");
    return batch.path("partition").asString("").equals("event") && batch.has("grace");
  }

  private static boolean heavyTailedLateness(JsonNode root) {
    return nodes(root, "source").stream()
        .anyMatch(s -> s.path("lateness").toString().contains("pareto"));
  }

  /** One source reaching one sink through a batch transform and a streaming one. */
  private static boolean isLambda(JsonNode root) {
    Map<String, String> modes = new HashMap<>();
    String designed = root.path("execution").path("mode").asString("batch");
    nodes(root, "transform").forEach(t -> modes.put(id(t), t.path("mode").asString(designed)));
    Map<String, List<String>> into = new HashMap<>();
    for (JsonNode edge : list(root.path("edges"))) {
      into.computeIfAbsent(edge.path("to").asString(), k -> new ArrayList<>())
          .add(edge.path("from").asString());
    }
    return nodes(root, "sink").stream()
        .anyMatch(
            sink -> {
              Set<String> inputModes =
                  Set.copyOf(
                      into.getOrDefault(id(sink), List.of()).stream()
                          .map(from -> modes.getOrDefault(from, "none"))
                          .toList());
              return inputModes.containsAll(Set.of("batch", "streaming"));
            });
  }

  private static List<JsonNode> nodes(JsonNode root, String kind) {
    return list(root.path("nodes")).stream()
        .filter(n -> n.path("kind").asString("").equals(kind))
        .toList();
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static String id(JsonNode node) {
    return node.path("id").asString("");
  }
}

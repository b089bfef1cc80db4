package dev.napkin.model.examples;

import dev.napkin.model.unit.Duration;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** SPEC.md's defaults table: canonical documents leave these values out. */
final class SpecDefaults {
  private static final String TABLE =
      """
      source: arrivals=poisson recordSize=1KiB
      transform: op=map cost=100us overhead=0s selectivity=1 parallelism=1 keys=1
      window: allowedLateness=0s
      sink: commit=0s
      edge: transport=0s
      execution: mode=batch
      batch: every=1h startup=5m partition=arrival grace=0s
      microBatch: every=30s overhead=200ms
      streaming: checkpoint=1m checkpointDuration=1s delivery=exactly-once watermarkDelay=5s \
      bufferTimeout=100ms
      simulation: horizon=1d warmup=1h replications=5 seed=1 fidelity=auto
      """;
  private static final Map<String, Map<String, String>> BY_CONTEXT = parse();

  private SpecDefaults() {}

  /** The fields of {@code node} (a {@code context} such as {@code transform}) set to a default. */
  static List<String> writtenDefaults(String context, JsonNode node) {
    Map<String, String> defaults = BY_CONTEXT.get(context);
    if (defaults == null) {
      throw new IllegalArgumentException("no defaults for " + context);
    }
    return defaults.entrySet().stream()
        .filter(e -> node.has(e.getKey()) && sameValue(node.get(e.getKey()), e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Numbers compare by value and durations by length, so {@code 60s} matches {@code 1m}. */
  private static boolean sameValue(JsonNode value, String defaultText) {
    if (value.isNumber()) {
      return new BigDecimal(defaultText).compareTo(value.decimalValue()) == 0;
    }
    if (!value.isString()) {
      return false;
    }
    String text = value.stringValue();
    try {
      return Duration.parse(text).equals(Duration.parse(defaultText));
    } catch (IllegalArgumentException notDurations) {
      return text.equals(defaultText);
    }
  }

  private static Map<String, Map<String, String>> parse() {
    Map<String, Map<String, String>> table = new LinkedHashMap<>();
    for (String line : TABLE.strip().split("\n")) {
      String[] contextAndFields = line.split(":", 2);
      Map<String, String> fields = new LinkedHashMap<>();
      for (String field : contextAndFields[1].strip().split("\\s+")) {
        String[] keyValue = field.split("=", 2);
        fields.put(keyValue[0], keyValue[1]);
      }
      table.put(contextAndFields[0].strip(), fields);
    }
    return table;
  }
}

package dev.napkin.model.spec;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SpecName;
import dev.napkin.model.spec.SpecNode.Field;
import dev.napkin.model.spec.SpecNode.ListNode;
import dev.napkin.model.spec.SpecNode.MapNode;
import dev.napkin.model.unit.DataSize;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Money;
import dev.napkin.model.unit.Rate;
import dev.napkin.model.unit.Ratio;
import dev.napkin.model.unit.UnitException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One map of the document at its path: typed access to its fields, each reporting its own problems.
 * Absent optional fields give empty; present but unreadable ones give empty too, after a problem is
 * reported (so the caller can fall back to a default and read on).
 */
final class MapReader {
  static final String DURATION = "a duration (e.g. 250ms or 1h30m)";

  private final MapNode node;
  private final String path;
  private final Values values;

  MapReader(MapNode node, String path, Values values) {
    this.node = node;
    this.path = path;
    this.values = values;
  }

  /** The value at {@code path} as a map, or empty after a {@code type} problem. */
  static Optional<MapReader> of(SpecNode node, String path, Values values, String what) {
    return values.map(node, path, what).map(map -> new MapReader(map, path, values));
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return Paths.key(path, key);
  }

  Values values() {
    return values;
  }

  Problems problems() {
    return values.problems();
  }

  MapNode node() {
    return node;
  }

  boolean has(String key) {
    return node.fields().containsKey(key);
  }

  Optional<SpecNode> get(String key) {
    return node.field(key).map(Field::value);
  }

  /** Reports every key not in {@code allowed} as unknown, with the closest allowed one. */
  void allowOnly(List<String> allowed) {
    Set<String> set = Set.copyOf(allowed);
    for (Field field : node.fields().values()) {
      if (!set.contains(field.key())) {
        reportUnknown(field, allowed);
      }
    }
  }

  void reportUnknown(Field field, List<String> allowed) {
    String hint =
        Hints.closest(field.key(), allowed)
            .map(key -> "did you mean " + key + "?")
            .orElse("expected one of: " + String.join(", ", allowed));
    problems()
        .error(
            SpecCodes.UNKNOWN_KEY,
            pathOf(field.key()),
            field.keyLocation(),
            "unknown key " + Quoted.of(field.key()) + " (" + hint + ")");
  }

  /** True when {@code key} is present; else reports it missing, saying why it is needed. */
  boolean require(String key, String why) {
    if (has(key)) {
      return true;
    }
    problems()
        .error(SpecCodes.MISSING_FIELD, pathOf(key), node.location(), "missing (" + why + ")");
    return false;
  }

  Optional<String> text(String key) {
    return get(key).flatMap(v -> values.text(v, pathOf(key)));
  }

  Optional<NodeId> id(String key) {
    return get(key).flatMap(v -> values.id(v, pathOf(key)));
  }

  Optional<Duration> duration(String key) {
    return get(key).flatMap(v -> values.unit(v, pathOf(key), DURATION, Duration::parse));
  }

  Duration duration(String key, Duration fallback) {
    return duration(key).orElse(fallback);
  }

  Optional<Rate> rate(String key) {
    return get(key).flatMap(v -> values.unit(v, pathOf(key), "a rate (e.g. 2000/s)", Rate::parse));
  }

  Optional<DataSize> size(String key) {
    return get(key)
        .flatMap(v -> values.unit(v, pathOf(key), "a size (e.g. 1KiB)", DataSize::parse));
  }

  Optional<Money> money(String key) {
    return get(key).flatMap(v -> values.unit(v, pathOf(key), "money (e.g. 150 USD)", Money::parse));
  }

  Optional<Ratio> ratio(String key) {
    return get(key)
        .flatMap(
            v ->
                values.unit(
                    v, pathOf(key), "a ratio (e.g. 0.999 or 99.9%)", MapReader::parseRatio));
  }

  /** Ratio.parse, with the range message in the writer's own terms ("150%", not "1.5"). */
  private static Ratio parseRatio(String text) {
    try {
      return Ratio.parse(text);
    } catch (UnitException e) {
      if (text.strip().matches("\\d+(\\.\\d*)?\\s*%?")) {
        throw new UnitException(
            Quoted.of(text)
                + " is outside 0..1 (write a share like 0.95 or a percentage like 95%)");
      }
      throw e;
    }
  }

  Optional<Double> decimal(String key) {
    return get(key).flatMap(v -> values.decimal(v, pathOf(key)));
  }

  Optional<Integer> integer(String key) {
    return get(key).flatMap(v -> values.integer(v, pathOf(key)));
  }

  Optional<Long> whole(String key) {
    return get(key).flatMap(v -> values.whole(v, pathOf(key)));
  }

  <E extends Enum<E> & SpecName> Optional<E> choice(String key, Class<E> type, String what) {
    return get(key).flatMap(v -> values.choice(v, pathOf(key), type, what));
  }

  Optional<MapReader> map(String key, String what) {
    return get(key).flatMap(v -> of(v, pathOf(key), values, what));
  }

  Optional<ListNode> list(String key, String what) {
    return get(key).flatMap(v -> values.list(v, pathOf(key), what));
  }
}

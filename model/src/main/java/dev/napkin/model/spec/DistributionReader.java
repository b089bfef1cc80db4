package dev.napkin.model.spec;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.dist.Distribution.Component;
import dev.napkin.model.spec.SpecNode.ListNode;
import dev.napkin.model.spec.SpecNode.MapNode;
import dev.napkin.model.unit.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a varying duration ({@code cost}, {@code lateness}): a plain duration is fixed, a map names
 * its {@code dist}, and a mixture lists weighted parts.
 */
final class DistributionReader {
  static final String WHAT =
      "a duration (e.g. 40us) or a distribution (e.g. {dist: exponential, mean: 2s})";
  private static final Variants FORMS = new Variants("dist", keys(), "a distribution");

  private DistributionReader() {}

  private static Map<String, List<String>> keys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("fixed", List.of("value"));
    keys.put("exponential", List.of("mean"));
    keys.put("lognormal", List.of("median", "p99"));
    keys.put("pareto", List.of("scale", "alpha"));
    keys.put("uniform", List.of("min", "max"));
    keys.put("mixture", List.of("of"));
    return keys;
  }

  static Optional<Distribution> read(SpecNode node, String path, Values values) {
    if (node instanceof MapNode map) {
      return readMap(new MapReader(map, path, values), List.of());
    }
    if (node instanceof ListNode) {
      values.map(node, path, WHAT); // reports the type problem
      return Optional.empty();
    }
    return values.unit(node, path, WHAT, Duration::parse).map(Distribution::fixed);
  }

  private static Optional<Distribution> readMap(MapReader map, List<String> extraKeys) {
    Optional<String> form = FORMS.read(map, extraKeys);
    if (form.isEmpty()) {
      return Optional.empty();
    }
    return switch (form.get()) {
      case "fixed" -> required(map, "value", "fixed").map(Distribution.Fixed::new);
      case "exponential" -> required(map, "mean", "exponential").map(Distribution.Exponential::new);
      case "lognormal" -> lognormal(map);
      case "pareto" -> pareto(map);
      case "uniform" -> uniform(map);
      default -> mixture(map);
    };
  }

  private static Optional<Duration> required(MapReader map, String key, String form) {
    return map.require(key, "dist: " + form + " needs " + key + ", a duration")
        ? map.duration(key)
        : Optional.empty();
  }

  private static Optional<Distribution> lognormal(MapReader map) {
    Optional<Duration> median = required(map, "median", "lognormal");
    Optional<Duration> p99 = required(map, "p99", "lognormal");
    return median.flatMap(m -> p99.map(p -> new Distribution.LogNormal(m, p)));
  }

  private static Optional<Distribution> pareto(MapReader map) {
    Optional<Duration> scale = required(map, "scale", "pareto");
    Optional<Double> alpha =
        map.require("alpha", "dist: pareto needs alpha, a number (the tail index, e.g. 1.5)")
            ? map.decimal("alpha")
            : Optional.empty();
    return scale.flatMap(s -> alpha.map(a -> new Distribution.Pareto(s, a)));
  }

  private static Optional<Distribution> uniform(MapReader map) {
    Optional<Duration> min = required(map, "min", "uniform");
    Optional<Duration> max = required(map, "max", "uniform");
    return min.flatMap(lo -> max.map(hi -> new Distribution.Uniform(lo, hi)));
  }

  private static Optional<Distribution> mixture(MapReader map) {
    if (!map.require("of", "dist: mixture needs of, a list of {weight: …, dist: …} parts")) {
      return Optional.empty();
    }
    Optional<ListNode> parts = map.list("of", "a list of {weight: …, dist: …} parts");
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String ofPath = map.pathOf("of");
    if (parts.get().items().isEmpty()) {
      map.problems()
          .error(
              SpecCodes.BAD_VALUE,
              ofPath,
              parts.get().location(),
              "a mixture needs at least one part");
      return Optional.empty();
    }
    List<Component> components = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < parts.get().items().size(); i++) {
      Optional<Component> part = component(parts.get().items().get(i), Paths.index(ofPath, i), map);
      part.ifPresent(components::add);
      complete &= part.isPresent();
    }
    return complete ? Optional.of(new Distribution.Mixture(components)) : Optional.empty();
  }

  private static Optional<Component> component(SpecNode node, String path, MapReader parent) {
    Optional<MapReader> part =
        MapReader.of(node, path, parent.values(), "a mixture part {weight: …, dist: …}");
    if (part.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> weight =
        part.get().require("weight", "each mixture part has a weight, a number")
            ? part.get().decimal("weight")
            : Optional.empty();
    Optional<Distribution> dist = readMap(part.get(), List.of("weight"));
    return weight.flatMap(w -> dist.map(d -> new Component(w, d)));
  }
}

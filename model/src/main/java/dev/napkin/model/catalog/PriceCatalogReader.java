package dev.napkin.model.catalog;

import dev.napkin.model.unit.Decimals;
import dev.napkin.model.unit.MoneyRate;
import dev.napkin.model.unit.UnitException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the catalog's YAML, failing on the first missing or malformed field with its path. */
final class PriceCatalogReader {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> TOP = Set.of("catalog", "asOf", "currency", "prices", "timings");
  private static final Set<String> ENTRY = Set.of("label", "value", "range", "source", "asOf");
  private static final List<String> PRICES =
      List.of(
          PriceCatalog.GENERAL_VCPU_HOUR,
          PriceCatalog.BATCH_VCPU_HOUR,
          PriceCatalog.MICRO_BATCH_VCPU_HOUR,
          PriceCatalog.STREAMING_VCPU_HOUR,
          PriceCatalog.STREAMING_PER_JOB_HOUR,
          PriceCatalog.HOURS_PER_MONTH);

  private final String origin;

  PriceCatalogReader(String origin) {
    this.origin = origin;
  }

  PriceCatalog read(InputStream in) {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(origin + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    requireKeys("", root, TOP, TOP);
    if (root.path("catalog").asInt(0) != 1) {
      throw fail("catalog", "expected catalog format 1, got " + root.get("catalog"));
    }
    LocalDate asOf = date("asOf", root.get("asOf"));
    String currency = text("currency", root.get("currency"));
    JsonNode prices = root.get("prices");
    requireKeys("prices", prices, Set.copyOf(PRICES), Set.copyOf(PRICES));
    List<Reference> references = new ArrayList<>();
    for (String key : PRICES) {
      references.add(entry(Reference.Section.PRICE, "prices." + key, key, prices.get(key)));
    }
    JsonNode timings = root.get("timings");
    requireMapping("timings", timings);
    for (Map.Entry<String, JsonNode> timing : timings.properties()) {
      String key = timing.getKey();
      references.add(entry(Reference.Section.TIMING, "timings." + key, key, timing.getValue()));
    }
    return new PriceCatalog(
        asOf,
        currency,
        price(prices, PriceCatalog.GENERAL_VCPU_HOUR, currency),
        price(prices, PriceCatalog.BATCH_VCPU_HOUR, currency),
        price(prices, PriceCatalog.MICRO_BATCH_VCPU_HOUR, currency),
        price(prices, PriceCatalog.STREAMING_VCPU_HOUR, currency),
        price(prices, PriceCatalog.STREAMING_PER_JOB_HOUR, currency),
        hours(prices),
        references);
  }

  private Reference entry(Reference.Section section, String path, String key, JsonNode node) {
    requireKeys(path, node, ENTRY, Set.of("label", "value", "source", "asOf"));
    Optional<String> range = node.optional("range").map(r -> text(path + ".range", r));
    return new Reference(
        section,
        key,
        text(path + ".label", node.get("label")),
        text(path + ".value", node.get("value")),
        range,
        text(path + ".source", node.get("source")),
        date(path + ".asOf", node.get("asOf")));
  }

  private MoneyRate price(JsonNode prices, String key, String currency) {
    String path = "prices." + key + ".value";
    MoneyRate price;
    try {
      price = MoneyRate.parse(text(path, prices.get(key).get("value")));
    } catch (UnitException e) {
      throw fail(path, e.getMessage());
    }
    if (!price.currency().equals(currency)) {
      throw fail(path, "is in " + price.currency() + ", the catalog is in " + currency);
    }
    return price;
  }

  private double hours(JsonNode prices) {
    JsonNode value = prices.get(PriceCatalog.HOURS_PER_MONTH).get("value");
    if (value == null || !value.isNumber() || !(value.doubleValue() > 0)) {
      throw fail("prices.hoursPerMonth.value", "expected a positive number, got " + value);
    }
    return value.doubleValue();
  }

  private LocalDate date(String path, JsonNode node) {
    String text = text(path, node);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw fail(path, "\"" + text + "\" is not a date (expected YYYY-MM-DD)");
    }
  }

  private String text(String path, JsonNode node) {
    if (node == null || node.isNull()) {
      throw fail(path, "is missing");
    }
    if (node.isNumber()) {
      return Decimals.format(node.decimalValue());
    }
    if (!node.isString() || node.stringValue().isBlank()) {
      throw fail(path, "expected text, got " + node);
    }
    return node.stringValue().strip();
  }

  private void requireKeys(
      String path, JsonNode node, Collection<String> allowed, Set<String> required) {
    requireMapping(path, node);
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        throw fail(join(path, key), "unknown key (expected one of " + sorted(allowed) + ")");
      }
    }
    for (String key : sorted(required)) {
      if (!node.has(key)) {
        throw fail(join(path, key), "is missing");
      }
    }
  }

  private void requireMapping(String path, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw fail(path.isEmpty() ? "the document" : path, "expected a mapping");
    }
  }

  private static List<String> sorted(Collection<String> keys) {
    return keys.stream().sorted().toList();
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private IllegalArgumentException fail(String path, String message) {
    return new IllegalArgumentException(origin + ": " + path + ": " + message);
  }
}

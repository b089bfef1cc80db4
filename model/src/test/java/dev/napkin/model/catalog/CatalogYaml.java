package dev.napkin.model.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small valid catalog in the bundled format, with one line swapped for a test's change. */
final class CatalogYaml {
  private CatalogYaml() {}

  private static final Map<String, String> TOP = new LinkedHashMap<>();
  private static final Map<String, String> PRICES = new LinkedHashMap<>();

  static {
    TOP.put("catalog", "1");
    TOP.put("asOf", "\"2026-11-01\"");
    TOP.put("currency", "USD");
    PRICES.put("generalVcpuHour", "0.048 USD/h");
    PRICES.put("batchVcpuHour", "0.06 USD/h");
    PRICES.put("microBatchVcpuHour", "0.06 USD/h");
    PRICES.put("streamingVcpuHour", "0.11 USD/h");
    PRICES.put("streamingPerJobHour", "0.11 USD/h");
    PRICES.put("hoursPerMonth", "730");
  }

  /**
   * The catalog with {@code change} (a {@code key: value} line) applied: a top-level value is
   * replaced; for a price, a mapping or {@code null} replaces the whole entry and anything else its
   * {@code value}; an unknown key is added at the top level.
   */
  static String withChange(String change) {
    String key = change.substring(0, change.indexOf(':')).strip();
    String value = change.substring(change.indexOf(':') + 1).strip();
    StringBuilder out = new StringBuilder();
    boolean used = false;
    for (Map.Entry<String, String> e : TOP.entrySet()) {
      boolean swap = e.getKey().equals(key);
      used |= swap;
      out.append(e.getKey()).append(": ").append(swap ? value : e.getValue()).append('\n');
    }
    if (!used && !PRICES.containsKey(key)) {
      out.append(change).append('\n');
    }
    out.append("prices:\n");
    for (Map.Entry<String, String> e : PRICES.entrySet()) {
      boolean swap = e.getKey().equals(key);
      boolean wholeEntry = swap && (value.startsWith("{") || value.equals("null"));
      String entry =
          wholeEntry
              ? value
              : "{label: "
                  + e.getKey()
                  + ", value: "
                  + (swap ? value : e.getValue())
                  + ", source: test, asOf: \"2026-11-01\"}";
      out.append("  ").append(e.getKey()).append(": ").append(entry).append('\n');
    }
    out.append(
        "timings:\n  bufferTimeout: {label: b, value: 100ms, source: s, asOf: \"2026-11-01\"}\n");
    return out.toString();
  }
}

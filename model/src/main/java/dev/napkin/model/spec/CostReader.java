package dev.napkin.model.spec;

import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.CostSettings.ModePrices;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.spec.SpecNode.Field;
import dev.napkin.model.unit.Money;
import dev.napkin.model.unit.MoneyRate;
import dev.napkin.model.unit.UnitException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code cost}. Hourly prices may be written {@code 0.048 USD} (the key says "per hour") or
 * {@code 0.048 USD/h}.
 */
final class CostReader {
  static final List<String> KEYS =
      List.of("vcpuHour", "batch", "microBatch", "streaming", "monthly");
  static final List<String> MODE = List.of("vcpuHour");
  static final List<String> STREAMING = List.of("vcpuHour", "perJobHour");
  private static final String HOURLY = "a price per hour (e.g. 0.048 USD)";

  private CostReader() {}

  static CostSettings read(SpecNode node, String path, Values values) {
    return MapReader.of(node, path, values, "a map of prices (vcpuHour, monthly, …)")
        .map(CostReader::read)
        .orElse(CostSettings.NONE);
  }

  private static CostSettings read(MapReader m) {
    m.allowOnly(KEYS);
    return new CostSettings(
        hourly(m, "vcpuHour"),
        m.map("batch", "a map of batch prices").map(p -> prices(p, MODE)).orElse(ModePrices.NONE),
        m.map("microBatch", "a map of micro-batch prices")
            .map(p -> prices(p, MODE))
            .orElse(ModePrices.NONE),
        m.map("streaming", "a map of streaming prices")
            .map(p -> prices(p, STREAMING))
            .orElse(ModePrices.NONE),
        m.map("monthly", "a map of node id to monthly cost (e.g. {clicks: 150 USD})")
            .map(CostReader::monthly)
            .orElse(Map.of()));
  }

  private static ModePrices prices(MapReader m, List<String> keys) {
    m.allowOnly(keys);
    return new ModePrices(hourly(m, "vcpuHour"), hourly(m, "perJobHour"));
  }

  private static Optional<MoneyRate> hourly(MapReader m, String key) {
    return m.get(key)
        .flatMap(v -> m.values().unit(v, m.pathOf(key), HOURLY, CostReader::parseHourly));
  }

  static MoneyRate parseHourly(String text) {
    String t = text.strip();
    try {
      return t.endsWith("/h") ? MoneyRate.parse(t) : new MoneyRate(Money.parse(t));
    } catch (UnitException e) {
      String hint =
          t.matches("\\d+(\\.\\d+)?")
              ? "a currency code is required: try " + t + " USD"
              : "expected an amount and a currency code, e.g. 0.048 USD or 0.048 USD/h";
      throw new UnitException(Quoted.of(text) + " is not a price per hour (" + hint + ")");
    }
  }

  private static Map<NodeId, Money> monthly(MapReader m) {
    Map<NodeId, Money> monthly = new LinkedHashMap<>();
    for (Field field : m.node().fields().values()) {
      Optional<NodeId> id = NodeKeys.id(field, m);
      Optional<Money> money = m.money(field.key());
      id.ifPresent(i -> money.ifPresent(amount -> monthly.put(i, amount)));
    }
    return monthly;
  }
}

package dev.napkin.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.CostSettings.ModePrices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.MoneyRate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PricesTest {
  private static final Reference PER_JOB =
      new Reference(
          Reference.Section.PRICE,
          PriceCatalog.STREAMING_PER_JOB_HOUR,
          "per job",
          "0.12 USD/h",
          Optional.empty(),
          "test",
          LocalDate.of(2026, 11, 1));

  /** Distinct prices per mode, so a test can tell which one was picked. */
  private static final PriceCatalog CATALOG =
      new PriceCatalog(
          LocalDate.of(2026, 11, 1),
          "USD",
          usd("0.048"),
          usd("0.06"),
          usd("0.07"),
          usd("0.11"),
          usd("0.12"),
          730,
          List.of(PER_JOB));

  private final Prices prices = new Prices(CATALOG);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # mode       | cost.vcpuHour | cost.<mode>.vcpuHour | price | origin
          BATCH        |               |                      | 0.06  | catalog
          MICRO_BATCH  |               |                      | 0.07  | catalog
          STREAMING    |               |                      | 0.11  | catalog
          BATCH        | 0.05          |                      | 0.05  | cost.vcpuHour
          MICRO_BATCH  | 0.05          |                      | 0.05  | cost.vcpuHour
          STREAMING    | 0.05          |                      | 0.05  | cost.vcpuHour
          BATCH        | 0.05          | 0.09                 | 0.09  | cost.batch.vcpuHour
          MICRO_BATCH  | 0.05          | 0.09                 | 0.09  | cost.microBatch.vcpuHour
          STREAMING    | 0.05          | 0.09                 | 0.09  | cost.streaming.vcpuHour
          STREAMING    |               | 0.09                 | 0.09  | cost.streaming.vcpuHour
          """)
  void picksTheModesOwnPriceThenTheSpecsPriceThenTheCatalog(
      ExecutionMode mode, String general, String own, String price, String origin) {
    ModePrices modePrices = new ModePrices(optionalUsd(own), Optional.empty());
    CostSettings cost =
        new CostSettings(
            optionalUsd(general),
            mode == ExecutionMode.BATCH ? modePrices : ModePrices.NONE,
            mode == ExecutionMode.MICRO_BATCH ? modePrices : ModePrices.NONE,
            mode == ExecutionMode.STREAMING ? modePrices : ModePrices.NONE,
            Map.of());

    Prices.Quote quote = prices.vcpuHourQuote(mode, cost);

    assertThat(quote.price()).isEqualTo(usd(price));
    assertThat(quote.origin()).isEqualTo(origin);
    assertThat(prices.vcpuHour(mode, cost)).isEqualTo(usd(price));
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void aModesOwnPriceLeavesTheOtherModesAlone(ExecutionMode mode) {
    CostSettings cost =
        new CostSettings(
            Optional.empty(),
            ModePrices.NONE,
            ModePrices.NONE,
            new ModePrices(Optional.of(usd("0.5")), Optional.empty()),
            Map.of());

    MoneyRate expected = mode == ExecutionMode.STREAMING ? usd("0.5") : CATALOG.vcpuHour(mode);
    assertThat(prices.vcpuHour(mode, cost)).isEqualTo(expected);
  }

  @Test
  void perJobHourComesFromTheSpecsStreamingBlockElseTheCatalog() {
    CostSettings general =
        new CostSettings(
            Optional.of(usd("0.05")), ModePrices.NONE, ModePrices.NONE, ModePrices.NONE, Map.of());
    CostSettings own =
        new CostSettings(
            Optional.of(usd("0.05")),
            ModePrices.NONE,
            ModePrices.NONE,
            new ModePrices(Optional.empty(), Optional.of(usd("0.3"))),
            Map.of());

    assertThat(prices.perJobHourQuote(CostSettings.NONE))
        .isEqualTo(new Prices.Quote(usd("0.12"), "catalog", Optional.of(PER_JOB)));
    assertThat(prices.perJobHourQuote(general))
        .isEqualTo(new Prices.Quote(usd("0.12"), "catalog", Optional.of(PER_JOB)));
    assertThat(prices.perJobHourQuote(own))
        .isEqualTo(new Prices.Quote(usd("0.3"), "cost.streaming.perJobHour", Optional.empty()));
    assertThat(prices.perJobHour(own)).isEqualTo(usd("0.3"));
  }

  @Test
  void explainsWhereAPriceCameFrom() {
    CostSettings spec =
        new CostSettings(
            Optional.of(usd("0.05")), ModePrices.NONE, ModePrices.NONE, ModePrices.NONE, Map.of());

    assertThat(prices.vcpuHourQuote(ExecutionMode.BATCH, spec).explain())
        .isEqualTo("0.05 USD/h from cost.vcpuHour in the spec");
    assertThat(prices.perJobHourQuote(CostSettings.NONE).explain())
        .isEqualTo("per job: 0.12 USD/h (test, as of 2026-11-01)");
  }

  @Test
  void bundledPricesMatchTheReferenceTable() {
    Prices bundled = Prices.bundled();

    assertThat(bundled.vcpuHour(ExecutionMode.BATCH, CostSettings.NONE)).isEqualTo(usd("0.06"));
    assertThat(bundled.vcpuHour(ExecutionMode.MICRO_BATCH, CostSettings.NONE))
        .isEqualTo(usd("0.06"));
    assertThat(bundled.vcpuHour(ExecutionMode.STREAMING, CostSettings.NONE)).isEqualTo(usd("0.11"));
    assertThat(bundled.perJobHour(CostSettings.NONE)).isEqualTo(usd("0.11"));
    assertThat(bundled.hoursPerMonth()).isEqualTo(730);
  }

  private static MoneyRate usd(String amount) {
    return MoneyRate.usdPerHour(amount);
  }

  private static Optional<MoneyRate> optionalUsd(String amount) {
    return Optional.ofNullable(amount).map(PricesTest::usd);
  }
}

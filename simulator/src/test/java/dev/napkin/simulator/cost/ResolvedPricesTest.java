package dev.napkin.simulator.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.CostSettings.ModePrices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.MoneyRate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolvedPricesTest {
  private static final String CATALOG = "catalog, as of 2026-11-01";

  @Test
  void withNoSpecPricesEveryModeUsesTheCatalog() {
    ResolvedPrices prices = ResolvedPrices.resolve(CostSettings.NONE, Prices.bundled());

    assertThat(prices.of(ExecutionMode.BATCH))
        .isEqualTo(new ModePrice(ExecutionMode.BATCH, usd("0.06"), CATALOG, usd("0"), "none"));
    assertThat(prices.of(ExecutionMode.STREAMING))
        .isEqualTo(
            new ModePrice(ExecutionMode.STREAMING, usd("0.11"), CATALOG, usd("0.11"), CATALOG));
    assertThat(prices.hoursPerMonth()).isEqualTo(730.0);
  }

  @Test
  void aModesOwnPriceBeatsTheSpecsOnePriceWhichBeatsTheCatalog() {
    CostSettings spec =
        new CostSettings(
            Optional.of(usd("0.048")),
            new ModePrices(Optional.of(usd("0.05")), Optional.empty()),
            ModePrices.NONE,
            new ModePrices(Optional.empty(), Optional.of(usd("0.2"))),
            Map.of());

    ResolvedPrices prices = ResolvedPrices.resolve(spec, Prices.bundled());

    assertThat(prices.of(ExecutionMode.BATCH))
        .isEqualTo(
            new ModePrice(
                ExecutionMode.BATCH, usd("0.05"), "spec cost.batch.vcpuHour", usd("0"), "none"));
    assertThat(prices.of(ExecutionMode.MICRO_BATCH))
        .isEqualTo(
            new ModePrice(
                ExecutionMode.MICRO_BATCH, usd("0.048"), "spec cost.vcpuHour", usd("0"), "none"));
    assertThat(prices.of(ExecutionMode.STREAMING))
        .isEqualTo(
            new ModePrice(
                ExecutionMode.STREAMING,
                usd("0.048"),
                "spec cost.vcpuHour",
                usd("0.2"),
                "spec cost.streaming.perJobHour"));
  }

  @Test
  void describesAPriceForPeople() {
    ResolvedPrices prices = ResolvedPrices.resolve(CostSettings.NONE, Prices.bundled());

    assertThat(prices.of(ExecutionMode.STREAMING).describe())
        .isEqualTo("0.11 USD/vCPU-h + 0.11 USD/h per job");
    assertThat(prices.of(ExecutionMode.MICRO_BATCH).describe()).isEqualTo("0.06 USD/vCPU-h");
  }

  @Test
  void refusesPricesInAnotherCurrency() {
    CostSettings spec =
        new CostSettings(
            Optional.of(MoneyRate.parse("0.05 EUR/h")),
            ModePrices.NONE,
            ModePrices.NONE,
            ModePrices.NONE,
            Map.of());

    assertThatThrownBy(() -> ResolvedPrices.resolve(spec, Prices.bundled()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "spec cost.vcpuHour: only USD prices are supported (results are in USD), got 0.05 EUR");
  }

  private static MoneyRate usd(String amount) {
    return MoneyRate.usdPerHour(amount);
  }
}

package dev.napkin.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.MoneyRate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceCatalogTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  @Test
  void bundledCatalogHoldsTheReferencePrices() {
    PriceCatalog catalog = PriceCatalog.bundled();

    assertThat(catalog)
        .usingRecursiveComparison()
        .ignoringFields("references")
        .isEqualTo(
            new PriceCatalog(
                AS_OF,
                "USD",
                MoneyRate.usdPerHour("0.048"),
                MoneyRate.usdPerHour("0.06"),
                MoneyRate.usdPerHour("0.06"),
                MoneyRate.usdPerHour("0.11"),
                MoneyRate.usdPerHour("0.11"),
                730,
                java.util.List.of()));
    assertThat(PriceCatalog.bundled()).isSameAs(catalog);
  }

  @Test
  void bundledPricesCarryTheirCanonicalValueSourceAndDate() {
    PriceCatalog catalog = PriceCatalog.bundled();

    assertThat(catalog.reference(PriceCatalog.STREAMING_VCPU_HOUR))
        .contains(
            new Reference(
                Reference.Section.PRICE,
                "streamingVcpuHour",
                "streaming vCPU-hour (managed Flink)",
                "0.11 USD/h",
                Optional.empty(),
                "AWS Managed Service for Apache Flink, 0.11 USD per KPU-hour"
                    + " (1 KPU = 1 vCPU + 4 GB), us-east-1",
                AS_OF));
    for (ExecutionMode mode : ExecutionMode.values()) {
      assertThat(catalog.reference(PriceCatalog.vcpuHourKey(mode)).map(Reference::value))
          .contains(catalog.vcpuHour(mode).toString());
    }
    assertThat(catalog.references(Reference.Section.PRICE))
        .extracting(Reference::key)
        .containsExactly(
            "generalVcpuHour",
            "batchVcpuHour",
            "microBatchVcpuHour",
            "streamingVcpuHour",
            "streamingPerJobHour",
            "hoursPerMonth");
    assertThat(catalog.references()).allSatisfy(r -> assertThat(r.asOf()).isEqualTo(AS_OF));
  }

  @Test
  void bundledTimingsAgreeWithTheSpecDefaults() {
    PriceCatalog catalog = PriceCatalog.bundled();

    assertThat(timing(catalog, "microBatchOverhead"))
        .isEqualTo(Execution.MicroBatch.DEFAULTS.overhead().toString());
    assertThat(timing(catalog, "batchStartup"))
        .isEqualTo(Execution.Batch.DEFAULTS.startup().toString());
    assertThat(timing(catalog, "bufferTimeout"))
        .isEqualTo(Execution.Streaming.DEFAULTS.bufferTimeout().toString());
    assertThat(timing(catalog, "checkpointInterval"))
        .isEqualTo(Execution.Streaming.DEFAULTS.checkpoint().toString());
  }

  @Test
  void explainsAFigureWithItsRangeSourceAndDate() {
    Reference overhead = PriceCatalog.bundled().reference("microBatchOverhead").orElseThrow();

    assertThat(overhead.explain())
        .isEqualTo(
            "micro-batch overhead per batch: 200ms, 150ms–900ms"
                + " (Databricks engineering blog on offset management, as of 2026-11-01)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          catalog: 2                                 | test.yaml: catalog: expected catalog format 1, got 2
          currenci: USD                              | test.yaml: currenci: unknown key (expected one of [asOf, catalog, currency, prices, timings])
          asOf: 1 Nov                                | test.yaml: asOf: "1 Nov" is not a date (expected YYYY-MM-DD)
          batchVcpuHour: 0.06 USD                    | test.yaml: prices.batchVcpuHour.value: "0.06 USD" is not money per hour (expected an amount, a currency code and /h, e.g. 0.11 USD/h)
          batchVcpuHour: 0.06 EUR/h                  | test.yaml: prices.batchVcpuHour.value: is in EUR, the catalog is in USD
          batchVcpuHour: {label: x, value: 0.06 USD/h} | test.yaml: prices.batchVcpuHour.asOf: is missing
          hoursPerMonth: 0                           | test.yaml: prices.hoursPerMonth.value: expected a positive number, got 0
          streamingPerJobHour: null                  | test.yaml: prices.streamingPerJobHour: expected a mapping
          """)
  void rejectsAMalformedCatalogNamingTheField(String change, String message) {
    String yaml = CatalogYaml.withChange(change.strip());

    assertThatThrownBy(
            () ->
                PriceCatalog.read(
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message.strip());
  }

  @Test
  void readsAValidCatalogInTheBundledFormat() {
    String yaml = CatalogYaml.withChange("streamingVcpuHour: 0.2 USD/h");

    PriceCatalog catalog =
        PriceCatalog.read(
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");

    assertThat(catalog.vcpuHour(ExecutionMode.STREAMING)).isEqualTo(MoneyRate.usdPerHour("0.2"));
    assertThat(catalog.vcpuHour(ExecutionMode.BATCH)).isEqualTo(MoneyRate.usdPerHour("0.06"));
  }

  private static String timing(PriceCatalog catalog, String key) {
    Reference reference = catalog.reference(key).orElseThrow();
    assertThat(reference.section()).isEqualTo(Reference.Section.TIMING);
    return reference.value();
  }
}

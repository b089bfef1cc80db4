package dev.napkin.app.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.napkin.model.flow.Sla;
import io.openlineage.client.OpenLineage;
import java.math.BigDecimal;
import java.net.URI;

/**
 * Napkin's own dataset facet, {@code napkin_sla}: what a sink promises its consumers. Its schema is
 * {@code assets/schema/napkin-sla-facet-1.schema.json}. Numbers, not Napkin's unit strings, so a
 * consumer needs no parser: latency in seconds, percentile in (0, 100), completeness in [0, 1].
 * Absent fields are left out.
 */
@JsonPropertyOrder({"_producer", "_schemaURL", "latencySeconds", "percentile", "completeness"})
public final class NapkinSlaDatasetFacet extends OpenLineage.DefaultDatasetFacet {
  /** The key under a dataset's {@code facets}. */
  public static final String KEY = "napkin_sla";

  public static final URI SCHEMA_URL =
      URI.create(
          "https://napkin.dev/schema/napkin-sla-facet-1.schema.json#/$defs/NapkinSlaDatasetFacet");

  private final Sla sla;

  NapkinSlaDatasetFacet(URI producer, Sla sla) {
    super(producer, null);
    this.sla = sla;
  }

  @Override
  public URI get_schemaURL() {
    return SCHEMA_URL;
  }

  /** Null (left out) when the SLA sets no latency target. */
  public BigDecimal getLatencySeconds() {
    return sla.latency().map(l -> plain(BigDecimal.valueOf(l.nanos(), 9))).orElse(null);
  }

  /** The percentile the latency applies to: the spec's default 95 when a latency has none. */
  public BigDecimal getPercentile() {
    return sla.latency().isPresent() ? plain(BigDecimal.valueOf(sla.percentileOrDefault())) : null;
  }

  /** Null (left out) when the SLA sets no completeness target. */
  public BigDecimal getCompleteness() {
    return sla.completeness().map(c -> plain(c.fraction())).orElse(null);
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

package dev.napkin.model.spec;

import dev.napkin.model.flow.Sla;
import java.util.List;
import java.util.Optional;

/** Reads an {@code sla}: latency, percentile and completeness, each optional. */
final class SlaReader {
  private static final List<String> KEYS = List.of("latency", "percentile", "completeness");

  private SlaReader() {}

  static Optional<Sla> read(SpecNode node, String path, Values values) {
    return MapReader.of(node, path, values, "an SLA (e.g. {latency: 2m, percentile: 99})")
        .map(
            m -> {
              m.allowOnly(KEYS);
              return new Sla(
                  m.duration("latency"), m.decimal("percentile"), m.ratio("completeness"));
            });
  }
}

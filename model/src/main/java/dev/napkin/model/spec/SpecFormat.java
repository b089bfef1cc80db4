package dev.napkin.model.spec;

import java.util.Locale;
import java.util.Optional;

/** The two notations of a spec, chosen by file extension. */
public enum SpecFormat {
  YAML,
  JSON;

  /** {@code .yaml} and {@code .yml} are YAML, {@code .json} is JSON (any letter case). */
  public static Optional<SpecFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }

  /** The usual extension, with its dot. */
  public String extension() {
    return this == YAML ? ".yaml" : ".json";
  }
}

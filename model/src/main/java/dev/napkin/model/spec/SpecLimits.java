package dev.napkin.model.spec;

/** The bounds that keep a hostile spec from exhausting memory or time (SPEC.md, "Safety"). */
public final class SpecLimits {
  /** Largest document, in bytes of UTF-8. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /** Deepest nesting of maps and lists; a real spec needs about eight. */
  public static final int MAX_DEPTH = 32;

  /** Most YAML aliases ({@code *name}) in one document. */
  public static final int MAX_ALIASES = 50;

  /** Most values that aliases may add when expanded (the "billion laughs" guard). */
  public static final int MAX_ALIAS_VALUES = 10_000;

  /**
   * Longest YAML line. snakeyaml scans a long line in time that grows faster than its length (a 10
   * MiB line of spaces takes 20 s); real specs never come close.
   */
  public static final int MAX_YAML_LINE = 100_000;

  /** Most keys and values in one document; a spec of a thousand nodes has about twenty thousand. */
  public static final int MAX_VALUES = 500_000;

  /** Most issues reported for one document; the rest are counted in one last issue. */
  public static final int MAX_ISSUES = 200;

  private SpecLimits() {}
}

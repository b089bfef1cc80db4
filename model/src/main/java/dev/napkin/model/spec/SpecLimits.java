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

  private SpecLimits() {}
}

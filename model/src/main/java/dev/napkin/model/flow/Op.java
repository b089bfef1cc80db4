package dev.napkin.model.flow;

/** What a transform does to its records. */
public enum Op implements SpecName {
  MAP,
  FILTER,
  ENRICH,
  JOIN,
  AGGREGATE,
  DEDUPE;

  @Override
  public String specName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

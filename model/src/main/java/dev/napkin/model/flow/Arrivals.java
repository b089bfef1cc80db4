package dev.napkin.model.flow;

/** How a source spaces its records. */
public enum Arrivals implements SpecName {
  /** Exponential gaps. */
  POISSON,
  /** Gaps uniform on 0..2/rate. */
  UNIFORM,
  /** Equal gaps of 1/rate. */
  DETERMINISTIC;

  @Override
  public String specName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

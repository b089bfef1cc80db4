package dev.napkin.model.flow;

/** Where a node sits in a flow. */
public enum NodeKind implements SpecName {
  SOURCE,
  TRANSFORM,
  SINK;

  @Override
  public String specName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

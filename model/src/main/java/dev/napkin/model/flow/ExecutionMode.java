package dev.napkin.model.flow;

/** How a job runs: in scheduled batches, in triggered micro-batches, or record by record. */
public enum ExecutionMode implements SpecName {
  BATCH("batch"),
  MICRO_BATCH("micro-batch"),
  STREAMING("streaming");

  private final String specName;

  ExecutionMode(String specName) {
    this.specName = specName;
  }

  @Override
  public String specName() {
    return specName;
  }
}

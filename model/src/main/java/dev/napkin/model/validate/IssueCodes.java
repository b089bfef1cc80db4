package dev.napkin.model.validate;

/**
 * The stable codes of {@link Issue}s. Errors come from {@link Validator}, warnings from {@link
 * Lint}. Codes never change meaning: tools and tests may match on them.
 */
public final class IssueCodes {
  private IssueCodes() {}

  // Errors: the flow cannot be simulated as written.
  public static final String DUPLICATE_ID = "duplicate-id";
  public static final String UNKNOWN_NODE = "unknown-node";
  public static final String SELF_LOOP = "self-loop";
  public static final String DUPLICATE_EDGE = "duplicate-edge";
  public static final String CYCLE = "cycle";
  public static final String SOURCE_HAS_INPUT = "source-has-input";
  public static final String SINK_HAS_OUTPUT = "sink-has-output";
  public static final String NO_INPUT = "no-input";
  public static final String AGGREGATE_WITHOUT_WINDOW = "aggregate-without-window";
  public static final String WINDOW_ON_NON_AGGREGATE = "window-on-non-aggregate";
  public static final String OUT_OF_RANGE = "out-of-range";
  public static final String TRACE_MISSING = "trace-missing";
  public static final String TRACE_OUTSIDE_FOLDER = "trace-outside-folder";
  public static final String COST_UNKNOWN_NODE = "cost-unknown-node";
  public static final String LAYOUT_UNKNOWN_NODE = "layout-unknown-node";

  // Warnings: the flow runs, but its design is likely wrong.
  public static final String STREAMING_FOR_HOURS_SLA = "streaming-for-hours-sla";
  public static final String LAMBDA = "lambda";
  public static final String NO_CONTRACT = "no-contract";
  public static final String SINK_WITHOUT_SLA = "sink-without-sla";
  public static final String DEAD_END = "dead-end";
  public static final String ORPHAN = "orphan";
  public static final String NO_ALLOWED_LATENESS = "no-allowed-lateness";
  public static final String PERCENTILE_BELOW_ONE = "percentile-below-one";
  public static final String SHORT_HORIZON = "short-horizon";
}

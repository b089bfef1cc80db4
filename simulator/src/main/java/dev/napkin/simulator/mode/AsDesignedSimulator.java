package dev.napkin.simulator.mode;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The flow as drawn (SIMULATION.md, "As designed"). This build simulates flows whose transforms all
 * run in one mode, by that mode's simulator (the same records, so the same figures as that mode's
 * row). Hybrid flows (transforms in different modes) are refused with a clear message rather than
 * approximated: see {@link #supports}.
 */
public final class AsDesignedSimulator implements ModeSimulator {
  @Override
  public String name() {
    return "as-designed";
  }

  /**
   * The one mode every transform runs in, when there is one (a flow without transforms: its
   * default).
   */
  public static Optional<ExecutionMode> singleMode(Flow flow) {
    Set<ExecutionMode> modes =
        flow.transforms().map(flow::designedMode).collect(Collectors.toSet());
    if (modes.isEmpty()) {
      return Optional.of(flow.execution().mode());
    }
    return modes.size() == 1 ? Optional.of(modes.iterator().next()) : Optional.empty();
  }

  /** Whether this build can simulate the flow as designed. */
  public static boolean supports(Flow flow) {
    return singleMode(flow).isPresent();
  }

  @Override
  public RunStats run(RunInput input, RunControl control) {
    ExecutionMode mode =
        singleMode(input.flow())
            .orElseThrow(
                () ->
                    new UnsupportedOperationException(
                        "as-designed: transforms in different modes (a hybrid flow) cannot be"
                            + " simulated yet; compare the single-mode runs instead"));
    ModeSimulator delegate =
        switch (mode) {
          case BATCH -> new BatchSimulator();
          case MICRO_BATCH -> new MicroBatchSimulator();
          case STREAMING -> new StreamingSimulator();
        };
    return delegate.run(input, control);
  }
}

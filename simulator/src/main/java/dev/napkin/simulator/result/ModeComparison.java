package dev.napkin.simulator.result;

import dev.napkin.model.flow.NodeId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How another mode fares against the recommended one: whether it meets every SLA, its worst
 * relative miss (percentile latency ÷ target, or completeness target ÷ completeness; infinite when
 * unstable) and at which sink, and its cost difference ({@code costPerMonthUsd} − the recommended
 * mode's) and ratio (empty when the recommended mode costs nothing).
 */
public record ModeComparison(
    String mode,
    boolean meetsAllSlas,
    boolean stable,
    double worstRelativeMiss,
    Optional<NodeId> worstSink,
    BigDecimal costPerMonthUsd,
    BigDecimal costDifferenceUsd,
    Optional<Double> costRatio,
    String summary) {}

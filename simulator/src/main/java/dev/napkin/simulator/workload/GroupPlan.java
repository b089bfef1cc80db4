package dev.napkin.simulator.workload;

/**
 * How aggregate fidelity groups a source's records: a group is the records of one source whose
 * event times fall in a slice of {@code spanNanos}; it moves as {@code particles} weighted units
 * with stratified event times and lateness quantiles, each carrying its integer share of the
 * group's count.
 */
public record GroupPlan(long spanNanos, int particles) {
  public GroupPlan {
    if (spanNanos <= 0 || particles < 1) {
      throw new IllegalArgumentException(
          "a group needs a span above 0 and at least one particle, got "
              + spanNanos
              + " ns and "
              + particles);
    }
  }
}

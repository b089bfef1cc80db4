package dev.napkin.simulator.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The items no other item beats on both cost and latency (lower is better in both). An item is
 * dominated when another costs no more and is no slower, and is strictly better in one of the two;
 * items with equal cost and latency do not dominate each other, so both stay.
 */
public final class ParetoFrontier {
  private ParetoFrontier() {}

  /** Where an item stands: cost and latency, both finite. */
  public record Objectives(double cost, double latency) {
    public Objectives {
      if (!Double.isFinite(cost) || !Double.isFinite(latency)) {
        throw new IllegalArgumentException(
            "objectives must be finite, got cost " + cost + ", latency " + latency);
      }
    }

    /** No worse in both and better in one. */
    public boolean dominates(Objectives other) {
      return cost <= other.cost
          && latency <= other.latency
          && (cost < other.cost || latency < other.latency);
    }
  }

  /**
   * The non-dominated items among those with objectives (items without are left out), cheapest
   * first, then fastest; ties keep the input order. Sorting by cost then latency and keeping each
   * item faster than every one before it finds them in n log n.
   */
  public static <T> List<T> of(List<T> items, Function<T, Optional<Objectives>> objectives) {
    record Scored<T>(T item, Objectives at, int index) {}
    List<Scored<T>> scored = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      int index = i;
      objectives.apply(item).ifPresent(o -> scored.add(new Scored<>(item, o, index)));
    }
    scored.sort(
        Comparator.<Scored<T>>comparingDouble(s -> s.at().cost())
            .thenComparingDouble(s -> s.at().latency())
            .thenComparingInt(Scored::index));
    List<T> frontier = new ArrayList<>();
    Objectives last = null;
    double bestLatency = Double.POSITIVE_INFINITY;
    for (Scored<T> s : scored) {
      boolean tiesLast = last != null && last.equals(s.at());
      if (s.at().latency() < bestLatency || tiesLast) {
        frontier.add(s.item());
        bestLatency = Math.min(bestLatency, s.at().latency());
        last = s.at();
      }
    }
    return frontier;
  }
}

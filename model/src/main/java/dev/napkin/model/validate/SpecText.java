package dev.napkin.model.validate;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.unit.Decimals;
import dev.napkin.model.unit.Duration;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/** Spec paths and values as issues print them, the same on every JDK. */
final class SpecText {
  private SpecText() {}

  static String node(int index) {
    return "nodes[" + index + "]";
  }

  static String edge(int index) {
    return "edges[" + index + "]";
  }

  /** A double as the spec would write it: {@code 0.99}, {@code 2}, {@code NaN}. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Decimals.format(value, 0);
    }
    return Decimals.format(BigDecimal.valueOf(value));
  }

  /** A number of seconds as a duration where it fits one ({@code 1.5s}), else as a number. */
  static String seconds(double value) {
    if (value >= 0 && value < Long.MAX_VALUE / 1e9) {
      return Duration.ofSeconds(value).toString();
    }
    return number(value) + "s";
  }

  /**
   * The known id closest to an unknown one (at most two edits away), as {@code (did you mean
   * "clicks"?)}; empty when none is close. The first in the given order wins a tie.
   */
  static String didYouMean(String unknown, Collection<NodeId> known) {
    Optional<NodeId> best = Optional.empty();
    int bestDistance = 3;
    for (NodeId candidate : known) {
      int distance = editDistance(unknown, candidate.value());
      if (distance < bestDistance) {
        best = Optional.of(candidate);
        bestDistance = distance;
      }
    }
    return best.map(id -> " (did you mean \"" + id + "\"?)").orElse("");
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

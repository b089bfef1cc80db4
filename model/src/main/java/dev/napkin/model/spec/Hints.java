package dev.napkin.model.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the candidate closest to a misspelt word, if one is close enough. */
final class Hints {
  private Hints() {}

  static Optional<String> closest(String typed, Collection<String> candidates) {
    String wanted = normalize(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String norm = normalize(candidate);
      int distance = distance(wanted, norm);
      boolean prefix = wanted.length() >= 3 && (norm.startsWith(wanted) || wanted.startsWith(norm));
      if (prefix) {
        distance = Math.min(distance, 1);
      }
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Case, '_' and '-' do not count: {@code record_size} is close to {@code recordSize}. */
  private static String normalize(String word) {
    return word.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /** Edit distance counting a swap of neighbours as one edit ("nodse" is one from "nodes"). */
  static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE / 2; // long words are not typos of short keys
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

package dev.napkin.app.inspector;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.unit.Duration;
import java.util.Locale;

/**
 * A distribution as one line of inspector text: {@code 40us} (fixed), {@code exponential 2s},
 * {@code lognormal 2s p99 40s}, {@code pareto 1s alpha 1.5}, {@code uniform 1s..3s}. Mixtures are
 * shown but edited in the file.
 */
final class DistributionText {
  static final String FORMS =
      "try 40us, exponential 2s, lognormal 2s p99 40s, pareto 1s alpha 1.5 or uniform 1s..3s";

  private DistributionText() {}

  static String format(Distribution d) {
    if (d instanceof Distribution.Fixed f) {
      return f.value().toString();
    }
    if (d instanceof Distribution.Exponential e) {
      return "exponential " + e.mean();
    }
    if (d instanceof Distribution.LogNormal l) {
      return "lognormal " + l.median() + " p99 " + l.p99();
    }
    if (d instanceof Distribution.Pareto p) {
      return "pareto " + p.scale() + " alpha " + Inputs.plain(p.alpha());
    }
    if (d instanceof Distribution.Uniform u) {
      return "uniform " + u.min() + ".." + u.max();
    }
    Distribution.Mixture m = (Distribution.Mixture) d;
    return "mixture of " + m.of().size();
  }

  static Distribution parse(String text) {
    String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    try {
      switch (words[0]) {
        case "exponential":
          expect(words, 2);
          return new Distribution.Exponential(Duration.parse(words[1]));
        case "lognormal":
          expect(words, 4);
          keyword(words[2], "p99");
          Duration median = Duration.parse(words[1]);
          Duration p99 = Duration.parse(words[3]);
          if (p99.compareTo(median) < 0) {
            throw new IllegalArgumentException("a lognormal's p99 cannot be below its median");
          }
          return new Distribution.LogNormal(median, p99);
        case "pareto":
          expect(words, 4);
          keyword(words[2], "alpha");
          return new Distribution.Pareto(
              Duration.parse(words[1]),
              Inputs.number("alpha", words[3], Double.MIN_VALUE, Double.MAX_VALUE));
        case "uniform":
          expect(words, 2);
          String[] ends = words[1].split("\\.\\.");
          if (ends.length != 2) {
            throw new IllegalArgumentException(
                "\"" + text + "\" is not a distribution (" + FORMS + ")");
          }
          Duration min = Duration.parse(ends[0]);
          Duration max = Duration.parse(ends[1]);
          if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("a uniform's max cannot be below its min");
          }
          return new Distribution.Uniform(min, max);
        default:
          return Distribution.fixed(Duration.parse(text));
      }
    } catch (ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a distribution (" + FORMS + ")");
    }
  }

  private static void expect(String[] words, int count) {
    if (words.length != count) {
      throw new ArrayIndexOutOfBoundsException();
    }
  }

  private static void keyword(String word, String expected) {
    if (!word.equals(expected)) {
      throw new ArrayIndexOutOfBoundsException();
    }
  }
}

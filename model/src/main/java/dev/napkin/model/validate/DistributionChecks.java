package dev.napkin.model.validate;

import static dev.napkin.model.validate.IssueCodes.OUT_OF_RANGE;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.NodeId;
import java.util.List;

/** Checks a distribution's parameters, recursing into mixtures ({@code lateness.of[1].p99}). */
final class DistributionChecks {
  private final List<Issue> issues;
  private final NodeId about;

  DistributionChecks(List<Issue> issues, NodeId about) {
    this.issues = issues;
    this.about = about;
  }

  /** Reports every bad parameter under {@code at}; true when there was none. */
  boolean check(Distribution dist, String at) {
    int before = issues.size();
    visit(dist, at);
    return issues.size() == before;
  }

  private void visit(Distribution dist, String at) {
    if (dist instanceof Distribution.Exponential e) {
      if (e.mean().isZero()) {
        fail(at + ".mean", "mean must be more than 0 (got 0s); a fixed 0s means no delay");
      }
    } else if (dist instanceof Distribution.LogNormal l) {
      if (l.median().isZero()) {
        fail(at + ".median", "median must be more than 0 (got 0s)");
      }
      if (l.p99().compareTo(l.median()) < 0) {
        fail(
            at + ".p99",
            "p99 must be at least the median " + l.median() + " (got " + l.p99() + ")");
      }
    } else if (dist instanceof Distribution.Pareto p) {
      if (p.scale().isZero()) {
        fail(at + ".scale", "scale must be more than 0 (got 0s)");
      }
      if (!isPositive(p.alpha())) {
        fail(
            at + ".alpha",
            "alpha must be a number above 0 (got " + SpecText.number(p.alpha()) + ")");
      }
    } else if (dist instanceof Distribution.Uniform u) {
      if (u.max().compareTo(u.min()) < 0) {
        fail(at + ".max", "max must be at least min " + u.min() + " (got " + u.max() + ")");
      }
    } else if (dist instanceof Distribution.Mixture m) {
      mixture(m, at);
    }
    // Fixed: any duration is a valid value.
  }

  private void mixture(Distribution.Mixture mixture, String at) {
    if (mixture.of().isEmpty()) {
      fail(at + ".of", "a mixture needs at least one part (got none)");
    }
    for (int i = 0; i < mixture.of().size(); i++) {
      Distribution.Component part = mixture.of().get(i);
      String partAt = at + ".of[" + i + "]";
      if (!isPositive(part.weight())) {
        fail(
            partAt + ".weight",
            "weight must be a number above 0 (got " + SpecText.number(part.weight()) + ")");
      }
      visit(part.dist(), partAt);
    }
  }

  /** Above zero and finite; false for NaN. */
  static boolean isPositive(double value) {
    return value > 0 && value < Double.POSITIVE_INFINITY;
  }

  private void fail(String path, String message) {
    issues.add(Issue.error(OUT_OF_RANGE, path, message).about(about));
  }
}

package dev.napkin.model.validate;

import static dev.napkin.model.validate.IssueCodes.OUT_OF_RANGE;
import static dev.napkin.model.validate.IssueCodes.TRACE_MISSING;
import static dev.napkin.model.validate.IssueCodes.TRACE_OUTSIDE_FOLDER;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values out of range, one issue per bad value at its own path. Messages read "what must be (got
 * what)".
 */
final class RangeChecks {
  private static final Duration ONE_DAY = Duration.ofHours(24);

  private final List<Issue> issues;

  RangeChecks(List<Issue> issues) {
    this.issues = issues;
  }

  void node(Node node, String at) {
    if (node instanceof Source source) {
      source(source, at);
    } else if (node instanceof Transform transform) {
      transform(transform, at);
    } else if (node instanceof Sink sink) {
      sla(sink.sla(), at + ".sla", Optional.of(sink.id()));
    }
  }

  private void source(Source source, String at) {
    NodeId id = source.id();
    if (!(source.rate().perSecond() > 0)) {
      fail(at + ".rate", "rate must be more than 0 (got " + source.rate() + ")", id);
    }
    profile(source.profile(), at + ".profile", id);
    source.lateness().ifPresent(d -> new DistributionChecks(issues, id).check(d, at + ".lateness"));
  }

  private void profile(Profile profile, String at, NodeId id) {
    if (profile instanceof Profile.Diurnal diurnal) {
      if (!(diurnal.peak() >= 1 && diurnal.peak() <= 2)) {
        fail(
            at + ".peak",
            "diurnal peak (peak/mean) must be between 1 and 2 (got "
                + SpecText.number(diurnal.peak())
                + ")",
            id);
      }
      if (diurnal.peakAt().compareTo(ONE_DAY) >= 0) {
        fail(
            at + ".peakAt",
            "peakAt must be a time of day, before 24:00 (got " + diurnal.peakAt() + ")",
            id);
      }
    } else if (profile instanceof Profile.Bursts bursts) {
      bursts(bursts, at, id);
    } else if (profile instanceof Profile.Trace trace) {
      trace(trace, at + ".file", id);
    }
  }

  private void bursts(Profile.Bursts bursts, String at, NodeId id) {
    if (bursts.every().isZero()) {
      fail(at + ".every", "bursts every must be more than 0 (got 0s)", id);
    }
    if (bursts.duration().compareTo(bursts.every()) > 0) {
      fail(
          at + ".duration",
          "a burst cannot last longer than its period every "
              + bursts.every()
              + " (got "
              + bursts.duration()
              + ")",
          id);
    }
    if (!(bursts.factor() >= 1) || Double.isInfinite(bursts.factor())) {
      fail(
          at + ".factor",
          "bursts factor must be a number of at least 1 (got "
              + SpecText.number(bursts.factor())
              + ")",
          id);
    }
  }

  /** Only the text can be checked here; whether the file exists is the reader's business. */
  private void trace(Profile.Trace trace, String at, NodeId id) {
    String file = trace.file().strip();
    if (file.isEmpty()) {
      issues.add(
          Issue.error(TRACE_MISSING, at, "a trace profile needs a CSV file beside the spec")
              .about(id));
    } else if (escapesFolder(file)) {
      issues.add(
          Issue.error(
                  TRACE_OUTSIDE_FOLDER,
                  at,
                  "trace file \""
                      + trace.file()
                      + "\" must be inside the spec's folder (a relative path without ..)")
              .about(id));
    }
  }

  /** Absolute ({@code /x}, {@code C:\x}) or climbing above its folder ({@code a/../../x}). */
  static boolean escapesFolder(String file) {
    if (file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) {
      return true;
    }
    int depth = 0;
    for (String part : file.split("[/\\\\]")) {
      if (part.equals("..")) {
        depth--;
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }

  private void transform(Transform transform, String at) {
    NodeId id = transform.id();
    if (new DistributionChecks(issues, id).check(transform.cost(), at + ".cost")) {
      cost(transform.cost(), at + ".cost", id);
    }
    double selectivity = transform.selectivity();
    if (!(selectivity >= 0) || Double.isInfinite(selectivity)) {
      fail(
          at + ".selectivity",
          "selectivity must be a number of at least 0 (got " + SpecText.number(selectivity) + ")",
          id);
    }
    if (transform.parallelism() < 1) {
      fail(
          at + ".parallelism",
          "parallelism must be at least 1 (got " + transform.parallelism() + ")",
          id);
    }
    if (transform.keys() < 1) {
      fail(at + ".keys", "keys must be at least 1 (got " + transform.keys() + ")", id);
    }
    transform.window().ifPresent(w -> window(w, at + ".window", id));
  }

  /** The spec says costs ≤ 0 are errors: a free stage would hide every capacity limit. */
  private void cost(Distribution cost, String at, NodeId id) {
    double mean = cost.meanSeconds();
    if (!(mean > 0)) {
      String got =
          cost instanceof Distribution.Fixed fixed
              ? fixed.value().toString()
              : "a mean of " + SpecText.seconds(mean);
      fail(at, "cost per record must be more than 0, e.g. 1us (got " + got + ")", id);
    }
  }

  private void window(Window window, String at, NodeId id) {
    if (window.size().isZero()) {
      fail(at + ".size", "window size must be more than 0 (got 0s)", id);
    }
    if (window.type() == Window.Type.SLIDING
        && (window.slide().isZero() || window.slide().compareTo(window.size()) > 0)) {
      fail(
          at + ".slide",
          "slide must be more than 0 and at most the window size "
              + window.size()
              + " (got "
              + window.slide()
              + ")",
          id);
    }
  }

  void sla(Sla sla, String at, Optional<NodeId> about) {
    sla.latency()
        .filter(Duration::isZero)
        .ifPresent(zero -> add(at + ".latency", "SLA latency must be more than 0 (got 0s)", about));
    sla.percentile()
        .filter(p -> !(p > 0 && p < 100))
        .ifPresent(
            p ->
                add(
                    at + ".percentile",
                    "percentile must be above 0 and below 100 (got " + SpecText.number(p) + ")",
                    about));
  }

  void execution(Execution execution) {
    positive(execution.batch().every(), "execution.batch.every", "batch every");
    positive(execution.microBatch().every(), "execution.microBatch.every", "micro-batch every");
    positive(execution.streaming().checkpoint(), "execution.streaming.checkpoint", "checkpoint");
  }

  void simulation(SimulationSettings simulation) {
    positive(simulation.horizon(), "simulation.horizon", "horizon");
    if (!simulation.horizon().isZero()
        && simulation.warmup().compareTo(simulation.horizon()) >= 0) {
      add(
          "simulation.warmup",
          "warmup must be shorter than the horizon "
              + simulation.horizon()
              + " (got "
              + simulation.warmup()
              + ")",
          Optional.empty());
    }
    if (simulation.replications() < 1) {
      add(
          "simulation.replications",
          "replications must be at least 1 (got " + simulation.replications() + ")",
          Optional.empty());
    }
  }

  /** Positions must be plain numbers, or the diagram cannot be drawn. */
  void layout(Layout layout) {
    for (Map.Entry<NodeId, Layout.Point> entry : layout.positions().entrySet()) {
      String at = "layout." + entry.getKey();
      coordinate(entry.getValue().x(), at + ".x", entry.getKey());
      coordinate(entry.getValue().y(), at + ".y", entry.getKey());
    }
  }

  private void coordinate(double value, String at, NodeId id) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      fail(at, "a position must be a finite number (got " + SpecText.number(value) + ")", id);
    }
  }

  private void positive(Duration value, String at, String what) {
    if (value.isZero()) {
      add(at, what + " must be more than 0 (got 0s)", Optional.empty());
    }
  }

  private void fail(String path, String message, NodeId about) {
    add(path, message, Optional.of(about));
  }

  private void add(String path, String message, Optional<NodeId> about) {
    Issue issue = Issue.error(OUT_OF_RANGE, path, message);
    issues.add(about.map(issue::about).orElse(issue));
  }
}

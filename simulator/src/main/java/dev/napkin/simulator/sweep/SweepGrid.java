package dev.napkin.simulator.sweep;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.mode.LoadAnalysis;
import dev.napkin.simulator.mode.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sweep tries: per mode, the values of its main knob (batch {@code every}, micro-batch
 * {@code every}, streaming {@code checkpoint}), and the parallelism scales applied to every
 * transform (a scale s gives a stage ceil(s × its parallelism) workers, at least 1). Every mode's
 * knob values are combined with every scale. Modes keep report order (batch, micro-batch,
 * streaming).
 */
public record SweepGrid(Map<String, List<Duration>> knobs, List<Double> scales) {
  /** The modes a sweep can vary, in report order ("as-designed" is not a single mode). */
  public static final List<String> MODES = List.of("batch", "micro-batch", "streaming");

  /** The standard knob values are the flow's own times these factors. */
  static final List<Double> KNOB_FACTORS = List.of(0.25, 0.5, 1.0, 2.0, 4.0);

  /** How many parallelism scales the standard grid has. */
  static final int SCALE_COUNT = 5;

  /**
   * The standard grid reaches this many times the flow's own parallelism (or the least, if more).
   */
  static final double MAX_SCALE_FACTOR = 4;

  public SweepGrid {
    if (knobs.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one mode");
    }
    Map<String, List<Duration>> ordered = new LinkedHashMap<>();
    for (String mode : MODES) {
      if (knobs.containsKey(mode)) {
        ordered.put(mode, List.copyOf(knobs.get(mode)));
      }
    }
    for (String mode : knobs.keySet()) {
      if (!ordered.containsKey(mode)) {
        throw new IllegalArgumentException(
            "\"" + mode + "\" cannot be swept (" + String.join(" | ", MODES) + ")");
      }
    }
    ordered.forEach(SweepGrid::requirePositive);
    knobs = Collections.unmodifiableMap(ordered);
    scales = List.copyOf(scales);
    if (scales.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one parallelism scale");
    }
    for (double s : scales) {
      if (!(s > 0) || Double.isInfinite(s)) {
        throw new IllegalArgumentException("a parallelism scale must be positive, got " + s);
      }
    }
  }

  private static void requirePositive(String mode, List<Duration> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(mode + ": no knob value to sweep");
    }
    for (Duration d : values) {
      if (d.nanos() <= 0) {
        throw new IllegalArgumentException(mode + ": a knob value must be positive, got " + d);
      }
    }
  }

  /**
   * The standard grid for a flow without trace sources, at its own horizon: see {@link
   * #standard(Flow, Map, Duration)}.
   */
  public static SweepGrid standard(Flow flow) {
    return standard(flow, Map.of(), flow.simulation().horizon());
  }

  /**
   * The standard grid: for each of batch, micro-batch and streaming, the flow's own knob value
   * times ¼, ½, 1, 2 and 4 (to the millisecond); five parallelism scales spaced evenly on a log
   * scale from the least that keeps every stage below ρ = 1 up to 4 × the flow's own (or 4 × the
   * least, when the least is above 1). When the least is below 1, the flow's own scale (1) replaces
   * the inner scale nearest to it, so the flow's own parallelism is always tried.
   */
  public static SweepGrid standard(Flow flow, Map<NodeId, TraceData> traces, Duration horizon) {
    Execution execution = flow.execution();
    Map<String, List<Duration>> knobs = new LinkedHashMap<>();
    knobs.put("batch", ladder(execution.batch().every()));
    knobs.put("micro-batch", ladder(execution.microBatch().every()));
    knobs.put("streaming", ladder(execution.streaming().checkpoint()));
    return new SweepGrid(knobs, standardScales(leastScale(flow, traces, horizon)));
  }

  /** This grid with only the given mode. */
  public SweepGrid onlyMode(String mode) {
    return onlyModes(List.of(mode));
  }

  /** This grid with only the given modes (at least one, each swept by this grid). */
  public SweepGrid onlyModes(Collection<String> modes) {
    Map<String, List<Duration>> kept = new LinkedHashMap<>();
    for (String mode : modes) {
      if (!knobs.containsKey(mode)) {
        throw new IllegalArgumentException("the grid does not sweep " + mode);
      }
      kept.put(mode, knobs.get(mode));
    }
    return new SweepGrid(kept, scales);
  }

  /** The number of (mode, knob, scale) combinations; equal configurations are simulated once. */
  public int size() {
    return knobs.values().stream().mapToInt(List::size).sum() * scales.size();
  }

  /**
   * The least scale s at which every transform, given ceil(s × parallelism) workers, has a long-run
   * load ρ below 1: the largest over transforms of (the fewest workers with ρ below 1) ÷ (its
   * parallelism). A stage that sees no input needs one worker.
   */
  public static double leastScale(Flow flow, Map<NodeId, TraceData> traces, Duration horizon) {
    Topology topology = Topology.of(flow);
    LoadAnalysis load = LoadAnalysis.of(topology, traces, horizon.nanos());
    double least = 0;
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.node(i) instanceof Transform t) {
        // ρ at parallelism p is (ρ at the spec's parallelism) × spec / p.
        double work = load.utilization(i) * t.parallelism();
        long fewest = (long) Math.floor(work) + 1;
        least = Math.max(least, fewest / (double) t.parallelism());
      }
    }
    return least == 0 ? 1 : least;
  }

  /** Five scales from the least, log-spaced, to 4 × the larger of 1 and the least. */
  static List<Double> standardScales(double least) {
    double top = MAX_SCALE_FACTOR * Math.max(1, least);
    List<Double> scales = new ArrayList<>();
    double step = Math.log(top / least) / (SCALE_COUNT - 1);
    for (int k = 0; k < SCALE_COUNT; k++) {
      scales.add(k == 0 ? least : k == SCALE_COUNT - 1 ? top : least * Math.exp(step * k));
    }
    if (least < 1) {
      int nearest = 1;
      for (int k = 2; k < SCALE_COUNT - 1; k++) {
        if (Math.abs(Math.log(scales.get(k))) < Math.abs(Math.log(scales.get(nearest)))) {
          nearest = k;
        }
      }
      scales.set(nearest, 1.0);
    }
    return scales;
  }

  /** The value times each of {@link #KNOB_FACTORS}, to the millisecond, at least 1 ms, distinct. */
  static List<Duration> ladder(Duration own) {
    List<Duration> values = new ArrayList<>();
    for (double factor : KNOB_FACTORS) {
      long millis = Math.max(1, Math.round(own.nanos() * factor / 1e6));
      Duration value = factor == 1.0 ? own : Duration.ofMillis(millis);
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }
}

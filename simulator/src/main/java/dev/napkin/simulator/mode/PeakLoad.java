package dev.napkin.simulator.mode;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.unit.Rate;
import dev.napkin.simulator.workload.DiurnalShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds stages that a diurnal peak pushes over capacity although their daily mean stays below it:
 * such a run is stable (the backlog built at the peak drains later), but the user should know the
 * hours. Loads are evaluated every quarter of an hour with each source at its rate of that moment.
 */
public final class PeakLoad {
  private static final int SLOTS = 96;
  private static final long SLOT_NANOS = 900_000_000_000L;

  private PeakLoad() {}

  /** One warning per stage whose utilization reaches 1 at some time of day. */
  public static List<String> warnings(Flow flow, Map<NodeId, TraceData> traces, long horizon) {
    if (flow.sources().noneMatch(s -> s.profile() instanceof Profile.Diurnal)) {
      return List.of();
    }
    LoadAnalysis mean = LoadAnalysis.of(Topology.of(flow), traces, horizon);
    double[][] bySlot = new double[SLOTS][];
    for (int q = 0; q < SLOTS; q++) {
      long at = q * SLOT_NANOS;
      Flow atSlot = flow.withNodes(flow.nodes().stream().map(n -> atTime(n, at)).toList());
      LoadAnalysis load = LoadAnalysis.of(Topology.of(atSlot), traces, horizon);
      bySlot[q] = new double[flow.nodes().size()];
      for (int i = 0; i < flow.nodes().size(); i++) {
        bySlot[q][i] = load.utilization(i);
      }
    }
    Topology topology = Topology.of(flow);
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < topology.nodeCount(); i++) {
      if (topology.isTransform(i) && mean.utilization(i) < 1) {
        warning(topology.node(i).id(), mean.utilization(i), bySlot, i).ifPresent(warnings::add);
      }
    }
    return warnings;
  }

  private static Optional<String> warning(NodeId stage, double meanLoad, double[][] bySlot, int i) {
    List<String> ranges = new ArrayList<>();
    double peak = 0;
    int start = -1;
    for (int q = 0; q <= SLOTS; q++) {
      boolean over = q < SLOTS && bySlot[q][i] >= 1;
      if (q < SLOTS) {
        peak = Math.max(peak, bySlot[q][i]);
      }
      if (over && start < 0) {
        start = q;
      } else if (!over && start >= 0) {
        ranges.add(clock(start) + "–" + clock(q - 1));
        start = -1;
      }
    }
    if (ranges.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s: the diurnal peak takes it over capacity around %s (utilization up to %.2f, %.2f"
                + " on average): its backlog grows then and drains afterwards",
            stage,
            String.join(", ", ranges),
            peak,
            meanLoad));
  }

  private static String clock(int slot) {
    int minutes = (slot % SLOTS) * 15;
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  /** A diurnal source replaced by a constant one at its rate of that moment. */
  private static Node atTime(Node node, long clockNanos) {
    if (!(node instanceof Source s) || !(s.profile() instanceof Profile.Diurnal d)) {
      return node;
    }
    double factor = new DiurnalShape(d.peak(), d.peakAt().nanos()).factor(clockNanos);
    Rate rate = Rate.perSecond(s.rate().perSecond() * factor);
    return new Source(
        s.id(),
        s.name(),
        s.tech(),
        rate,
        s.arrivals(),
        Profile.CONSTANT,
        s.recordSize(),
        s.lateness());
  }
}

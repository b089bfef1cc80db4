package dev.napkin.simulator.metrics;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one replication of one mode observed: per sink, per stage, stability, whether a
 * trigger fell behind, and what would be billed. Pricing and statistics across replications happen
 * elsewhere.
 */
public final class RunStats {
  private final String mode;
  private final Map<NodeId, SinkStats> sinks = new LinkedHashMap<>();
  private final Map<NodeId, NodeStats> nodes = new LinkedHashMap<>();
  private final List<Billing> billing = new ArrayList<>();
  private Optional<Instability> instability = Optional.empty();
  private boolean fallingBehind;
  private long measuredNanos;
  private long simulatedEvents;
  private long peakLiveUnits;
  private SimulationSettings.Fidelity fidelity = SimulationSettings.Fidelity.EXACT;

  public RunStats(String mode) {
    this.mode = mode;
  }

  public String mode() {
    return mode;
  }

  public SinkStats sink(NodeId id) {
    return sinks.computeIfAbsent(id, k -> new SinkStats());
  }

  public NodeStats node(NodeId id) {
    return nodes.computeIfAbsent(id, k -> new NodeStats());
  }

  public Map<NodeId, SinkStats> sinks() {
    return Collections.unmodifiableMap(sinks);
  }

  public Map<NodeId, NodeStats> nodes() {
    return Collections.unmodifiableMap(nodes);
  }

  public void bill(Billing entry) {
    billing.add(entry);
  }

  /** vCPU-hours and job-hours used while records were measured, by node and mode. */
  public List<Billing> billing() {
    return Collections.unmodifiableList(billing);
  }

  public void markUnstable(Instability why) {
    instability = Optional.of(why);
  }

  public Optional<Instability> instability() {
    return instability;
  }

  public boolean stable() {
    return instability.isEmpty();
  }

  public void markFallingBehind() {
    fallingBehind = true;
  }

  public boolean fallingBehind() {
    return fallingBehind;
  }

  /** The length of the measured period (warm-up to horizon), which billing is spread over. */
  public void setMeasuredNanos(long nanos) {
    measuredNanos = nanos;
  }

  public long measuredNanos() {
    return measuredNanos;
  }

  public void addEvents(long count) {
    simulatedEvents += count;
  }

  public long simulatedEvents() {
    return simulatedEvents;
  }

  /** Notes how many units (records or groups) the run held in memory at once. */
  public void observeLiveUnits(long units) {
    peakLiveUnits = Math.max(peakLiveUnits, units);
  }

  /** The most units held in memory at once: state, which must not grow with the records. */
  public long peakLiveUnits() {
    return peakLiveUnits;
  }

  /** The fidelity this replication ran at: exact or aggregate (never auto). */
  public void setFidelity(SimulationSettings.Fidelity used) {
    if (used == SimulationSettings.Fidelity.AUTO) {
      throw new IllegalArgumentException("a replication runs exact or aggregate, not auto");
    }
    fidelity = used;
  }

  public SimulationSettings.Fidelity fidelity() {
    return fidelity;
  }

  /**
   * Billed use over the measured period: {@code vcpuHours} for a node's workers in a mode, or (with
   * {@code node} empty) {@code jobHours} of a job's fixed per-job charge.
   */
  public record Billing(
      Optional<NodeId> node, ExecutionMode mode, double vcpuHours, double jobHours) {
    public static Billing vcpu(NodeId node, ExecutionMode mode, double vcpuHours) {
      return new Billing(Optional.of(node), mode, vcpuHours, 0);
    }

    public static Billing job(ExecutionMode mode, double jobHours) {
      return new Billing(Optional.empty(), mode, 0, jobHours);
    }
  }

  /** Why a run is unstable: the stage, its load, and how fast its backlog grows. */
  public record Instability(NodeId stage, double utilization, double backlogGrowthPerSecond) {}
}

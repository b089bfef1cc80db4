package dev.napkin.simulator.mode;

import dev.napkin.model.flow.ExecutionMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one job of a flow covers, over the whole flow's {@link Topology} (so node keys, edge indices
 * and every random stream are those of a single-mode run). Each edge has a role for the job: {@link
 * #INTERNAL} (from one of its sources or transforms to one of its transforms or to a sink it
 * writes), {@link #OUT} (from one of its transforms to another job's transform: the units cross),
 * {@link #IN} (from another job's transform to one of its transforms: the units arrive through a
 * {@link Crossing}) or {@link #NONE}. The whole flow run in one mode is {@link #whole}: every edge
 * internal, every transform a member.
 */
public final class JobScope {
  public static final byte NONE = 0;
  public static final byte INTERNAL = 1;
  public static final byte OUT = 2;
  public static final byte IN = 3;

  private final Topology topology;
  private final ExecutionMode mode;
  private final boolean whole;
  private final boolean[] member;
  private final byte[] role;
  private final boolean[] reads;
  private final boolean[] writes;
  private final Crossing[] outputs;
  private final List<Crossing> inputs;
  private final long inputEnd;

  private JobScope(
      ExecutionMode mode,
      boolean whole,
      boolean[] member,
      byte[] role,
      Crossing[] outputs,
      List<Crossing> inputs,
      long inputEnd,
      Topology topology) {
    this.topology = topology;
    this.mode = mode;
    this.whole = whole;
    this.member = member;
    this.role = role;
    this.outputs = outputs;
    this.inputs = Collections.unmodifiableList(new ArrayList<>(inputs));
    this.inputEnd = inputEnd;
    int n = topology.nodeCount();
    reads = new boolean[n];
    writes = new boolean[n];
    for (int e = 0; e < role.length; e++) {
      if (role[e] == INTERNAL) {
        int from = topology.edgeFrom(e);
        int to = topology.edgeTo(e);
        if (topology.isSource(from)) {
          reads[from] = true;
        }
        if (topology.isSink(to)) {
          writes[to] = true;
        }
      }
    }
    if (whole) {
      for (int i = 0; i < n; i++) {
        reads[i] = topology.isSource(i);
        writes[i] = topology.isSink(i);
      }
    }
  }

  /** The whole flow as one job in {@code mode}, ending its input at {@code horizon}. */
  public static JobScope whole(Topology topology, ExecutionMode mode, long horizon) {
    boolean[] member = new boolean[topology.nodeCount()];
    for (int i = 0; i < member.length; i++) {
      member[i] = topology.isTransform(i);
    }
    byte[] role = new byte[topology.edgeCount()];
    java.util.Arrays.fill(role, INTERNAL);
    return new JobScope(
        mode, true, member, role, new Crossing[role.length], List.of(), horizon, topology);
  }

  /**
   * One job of a hybrid flow: its member transforms, each edge's role, the crossings it fills (by
   * edge, for {@link #OUT} edges) and reads ({@link #IN} edges), and when its input ends (the
   * horizon, or later when an upstream job delivers after it).
   */
  public static JobScope of(
      Topology topology,
      ExecutionMode mode,
      boolean[] member,
      byte[] role,
      Crossing[] outputs,
      List<Crossing> inputs,
      long inputEnd) {
    return new JobScope(
        mode, false, member.clone(), role.clone(), outputs.clone(), inputs, inputEnd, topology);
  }

  /** The whole flow's topology (every index in this scope refers to it). */
  public Topology topology() {
    return topology;
  }

  public ExecutionMode mode() {
    return mode;
  }

  /** True when this is the whole flow in one mode (the single-mode runs). */
  public boolean whole() {
    return whole;
  }

  /** Whether node i is one of the job's transforms. */
  public boolean member(int i) {
    return member[i];
  }

  public byte role(int edge) {
    return role[edge];
  }

  /** Whether the job reads source i (generates its records). */
  public boolean reads(int source) {
    return reads[source];
  }

  /** Whether the job writes to sink i. */
  public boolean writes(int sink) {
    return writes[sink];
  }

  /** The crossing an {@link #OUT} edge fills. */
  public Crossing output(int edge) {
    if (outputs[edge] == null) {
      throw new IllegalStateException("edge " + edge + " does not leave this job");
    }
    return outputs[edge];
  }

  /** The crossings arriving at this job, one per {@link #IN} edge. */
  public List<Crossing> inputs() {
    return inputs;
  }

  /** When the job's input ends: the horizon, or the end of its latest upstream job. */
  public long inputEnd() {
    return inputEnd;
  }
}

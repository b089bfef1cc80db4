package dev.napkin.simulator.mode;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A flow's jobs as designed (SIMULATION.md, "As designed"): each transform runs in its designed
 * mode; transforms of one mode connected (either direction) through edges between transforms of
 * that mode form one job. Jobs are linked where an edge crosses from one job's transform to
 * another's. The node graph is acyclic, but the job graph can still have a cycle (a1 → a2 and a1 →
 * b → a2 with a1, a2 in one mode and b in another): such a flow cannot be run job after job and is
 * refused with the cycle named.
 */
public final class JobGraph {
  /** One job: its mode, its transforms (node indices, document order), and a readable name. */
  public record Job(int index, ExecutionMode mode, List<Integer> transforms, String name) {}

  private final Topology topology;
  private final List<Job> jobs = new ArrayList<>();
  private final int[] jobOf;
  private final List<Job> order;
  private final Optional<String> cycle;

  private JobGraph(Topology topology) {
    this.topology = topology;
    Flow flow = topology.flow();
    int n = topology.nodeCount();
    ExecutionMode[] modes = new ExecutionMode[n];
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      if (topology.node(i) instanceof Transform t) {
        modes[i] = flow.designedMode(t);
      }
    }
    for (int e = 0; e < topology.edgeCount(); e++) {
      int a = topology.edgeFrom(e);
      int b = topology.edgeTo(e);
      if (modes[a] != null && modes[a] == modes[b]) {
        parent[find(parent, a)] = find(parent, b);
      }
    }
    jobOf = new int[n];
    java.util.Arrays.fill(jobOf, -1);
    int[] jobOfRoot = new int[n];
    java.util.Arrays.fill(jobOfRoot, -1);
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (modes[i] == null) {
        continue;
      }
      int root = find(parent, i);
      if (jobOfRoot[root] < 0) {
        jobOfRoot[root] = members.size();
        members.add(new ArrayList<>());
      }
      jobOf[i] = jobOfRoot[root];
      members.get(jobOf[i]).add(i);
    }
    for (int j = 0; j < members.size(); j++) {
      List<Integer> m = List.copyOf(members.get(j));
      ExecutionMode mode = modes[m.get(0)];
      StringBuilder name = new StringBuilder(mode.specName()).append(" job {");
      for (int k = 0; k < m.size(); k++) {
        name.append(k == 0 ? "" : ", ").append(topology.node(m.get(k)).id().value());
      }
      jobs.add(new Job(j, mode, m, name.append('}').toString()));
    }
    List<Job> sorted = new ArrayList<>();
    cycle = sort(sorted);
    order = List.copyOf(sorted);
  }

  public static JobGraph of(Topology topology) {
    return new JobGraph(topology);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Jobs in topological order (Kahn's, smallest index first); the jobs left over form cycles. */
  private Optional<String> sort(List<Job> out) {
    int m = jobs.size();
    List<TreeSet<Integer>> next = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      next.add(new TreeSet<>());
    }
    int[] pending = new int[m];
    for (int e = 0; e < topology.edgeCount(); e++) {
      int a = jobOf[topology.edgeFrom(e)];
      int b = jobOf[topology.edgeTo(e)];
      if (a >= 0 && b >= 0 && a != b && next.get(a).add(b)) {
        pending[b]++;
      }
    }
    TreeSet<Integer> ready = new TreeSet<>();
    for (int j = 0; j < m; j++) {
      if (pending[j] == 0) {
        ready.add(j);
      }
    }
    while (!ready.isEmpty()) {
      int j = ready.pollFirst();
      out.add(jobs.get(j));
      for (int b : next.get(j)) {
        if (--pending[b] == 0) {
          ready.add(b);
        }
      }
    }
    if (out.size() == m) {
      return Optional.empty();
    }
    List<String> stuck = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      if (pending[j] > 0) {
        stuck.add(jobs.get(j).name());
      }
    }
    return Optional.of(
        "the jobs feed each other in a cycle ("
            + String.join(", ", stuck)
            + "), so no job can run before the others; give the transforms in the cycle one mode");
  }

  /** The jobs in topological order of the job graph; throws when it has a cycle. */
  public List<Job> order() {
    if (cycle.isPresent()) {
      throw new IllegalArgumentException("as-designed: " + cycle.get());
    }
    return order;
  }

  /** Why the flow cannot be simulated as designed, when its job graph has a cycle. */
  public Optional<String> cycle() {
    return cycle;
  }

  /** The job of transform i (index in {@link #jobs}), or −1 for sources and sinks. */
  public int jobOf(int i) {
    return jobOf[i];
  }

  /** Every job, by index. */
  public List<Job> jobs() {
    return List.copyOf(jobs);
  }

  public Topology topology() {
    return topology;
  }
}

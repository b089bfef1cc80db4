package dev.napkin.simulator.mode.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Random valid small flows: the simulator never crashes and every stage conserves records. */
class RandomFlowTest {

  @Property(tries = 60)
  void randomSmallFlowsRunAndConserveRecords(@ForAll long seed) {
    Flow flow = randomFlow(new SplittableRandom(seed));
    RunStats stats =
        new StreamingSimulator(50_000, VisibilityObserver.NONE)
            .run(
                TestFlows.input(
                    flow, flow.simulation().horizon(), flow.simulation().warmup(), seed, 0),
                RunControl.none());

    for (NodeStats n : stats.nodes().values()) {
      assertThat(n.arrived()).isEqualTo(n.departed() + n.dropped() + n.inFlightAtEnd());
      assertThat(n.busyServerNanos()).isGreaterThanOrEqualTo(0);
      assertThat(n.inSystemNanos()).isGreaterThanOrEqualTo(n.busyServerNanos() * 0.999999);
    }
    for (SinkStats s : stats.sinks().values()) {
      assertThat(s.completeness()).isBetween(0.0, 1.0);
      assertThat(s.includedInFirstResult() + s.late() + s.dropped())
          .isGreaterThanOrEqualTo(s.sourceRecords());
    }
    assertThat(stats.measuredNanos()).isGreaterThanOrEqualTo(0);
  }

  static Flow randomFlow(SplittableRandom r) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    List<String> upstream = new ArrayList<>();
    int sources = 1 + r.nextInt(2);
    for (int i = 0; i < sources; i++) {
      String id = "s" + i;
      nodes.add(
          new Source(
              NodeId.of(id),
              id,
              Optional.empty(),
              Rate.perSecond(1 + r.nextInt(150)),
              Arrivals.values()[r.nextInt(3)],
              profile(r),
              Source.DEFAULT_RECORD_SIZE,
              r.nextBoolean() ? Optional.empty() : Optional.of(duration(r, 2_000))));
      upstream.add(id);
    }
    int transforms = r.nextInt(4);
    for (int i = 0; i < transforms; i++) {
      String id = "t" + i;
      boolean aggregate = r.nextInt(3) == 0;
      nodes.add(transform(r, id, aggregate));
      int inputs = 1 + r.nextInt(Math.min(2, upstream.size()));
      List<String> pool = new ArrayList<>(upstream);
      for (int k = 0; k < inputs; k++) {
        String from = pool.remove(r.nextInt(pool.size()));
        edges.add(new Edge(NodeId.of(from), NodeId.of(id), Optional.empty(), ms(r.nextInt(20))));
      }
      upstream.add(id);
    }
    int sinks = 1 + r.nextInt(2);
    for (int i = 0; i < sinks; i++) {
      String id = "k" + i;
      nodes.add(new Sink(NodeId.of(id), id, Optional.empty(), ms(r.nextInt(500)), Sla.NONE));
      String from = upstream.get(r.nextInt(upstream.size()));
      edges.add(new Edge(NodeId.of(from), NodeId.of(id), Optional.empty(), ms(r.nextInt(20))));
    }
    Execution.Streaming streaming =
        new Execution.Streaming(
            ms(100 + r.nextInt(5_000)),
            ms(r.nextInt(1_000)),
            r.nextBoolean() ? Execution.Delivery.EXACTLY_ONCE : Execution.Delivery.AT_LEAST_ONCE,
            ms(r.nextInt(3_000)),
            ms(r.nextInt(200)));
    Flow flow = TestFlows.flow(nodes, edges, streaming);
    Duration horizon = ms(1_000 + r.nextInt(20_000));
    return flow.withSimulation(
        flow.simulation().withHorizon(horizon).withWarmup(ms(r.nextInt(3_000))));
  }

  private static Transform transform(SplittableRandom r, String id, boolean aggregate) {
    Optional<Window> window = Optional.empty();
    if (aggregate) {
      Duration size = ms(200 + r.nextInt(3_000));
      window =
          Optional.of(
              r.nextBoolean()
                  ? Window.tumbling(size, ms(r.nextInt(1_000)))
                  : Window.sliding(size, ms(100 + r.nextInt(1_000)), ms(r.nextInt(1_000))));
    }
    return new Transform(
        NodeId.of(id),
        id,
        Optional.empty(),
        aggregate ? Op.AGGREGATE : Op.values()[r.nextInt(3)],
        duration(r, 10),
        Duration.ZERO,
        r.nextDouble() * 3,
        1 + r.nextInt(3),
        window,
        1 + r.nextInt(20),
        Optional.empty());
  }

  private static Profile profile(SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> Profile.CONSTANT;
      case 1 -> new Profile.Diurnal(1 + r.nextDouble(), ms(r.nextInt(86_400_000)));
      default ->
          new Profile.Bursts(
              ms(1_000 + r.nextInt(5_000)), ms(r.nextInt(2_000)), 1 + 4 * r.nextDouble());
    };
  }

  /** A random distribution with a mean around {@code scaleMillis}. */
  private static Distribution duration(SplittableRandom r, int scaleMillis) {
    Duration d = ms(1 + r.nextInt(scaleMillis));
    return switch (r.nextInt(6)) {
      case 0 -> Distribution.fixed(d);
      case 1 -> new Distribution.Exponential(d);
      case 2 -> new Distribution.LogNormal(d, Duration.ofNanos(d.nanos() * (1 + r.nextInt(20))));
      case 3 -> new Distribution.Pareto(d, 1.1 + 2 * r.nextDouble());
      case 4 -> new Distribution.Uniform(Duration.ZERO, d);
      default ->
          new Distribution.Mixture(
              List.of(
                  new Distribution.Component(0.9, new Distribution.Exponential(d)),
                  new Distribution.Component(0.1, Distribution.fixed(d.plus(d)))));
    };
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}

package dev.napkin.simulator.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadAnalysisTest {

  private static Transform stage(String id, Op op, double costMillis, int parallelism, double s) {
    Optional<Window> window =
        op == Op.AGGREGATE
            ? Optional.of(
                Window.sliding(Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ZERO))
            : Optional.empty();
    return new Transform(
        NodeId.of(id),
        id,
        Optional.empty(),
        op,
        new Distribution.Exponential(Duration.ofNanos((long) (costMillis * 1e6))),
        Duration.ZERO,
        s,
        parallelism,
        window,
        500,
        Optional.empty());
  }

  /** a (100/s) and b (300/s) → filter (×0.5) and explode (×2) → join → agg (500 keys) → post. */
  static Flow flow() {
    return Flow.of(
        "load",
        List.of(
            Source.of("a", Rate.perSecond(100)),
            Source.of("b", Rate.perSecond(300)),
            stage("filter", Op.FILTER, 2, 1, 0.5),
            stage("explode", Op.MAP, 1, 1, 2),
            stage("join", Op.JOIN, 1, 2, 1),
            stage("agg", Op.AGGREGATE, 0.5, 1, 1),
            stage("post", Op.MAP, 20, 1, 1),
            Sink.of("out")),
        List.of(
            Edge.of("a", "filter"),
            Edge.of("b", "filter"),
            Edge.of("b", "explode"),
            Edge.of("filter", "join"),
            Edge.of("explode", "join"),
            Edge.of("join", "agg"),
            Edge.of("agg", "post"),
            Edge.of("post", "out")));
  }

  @Test
  void ratesFlowThroughSelectivityFanOutJoinsAndWindows() {
    Topology t = Topology.of(flow());
    LoadAnalysis load = LoadAnalysis.of(t, Map.of(), 3_600_000_000_000L);
    int filter = t.indexOf(NodeId.of("filter"));
    int explode = t.indexOf(NodeId.of("explode"));
    int join = t.indexOf(NodeId.of("join"));
    int agg = t.indexOf(NodeId.of("agg"));
    int post = t.indexOf(NodeId.of("post"));

    assertThat(load.inRate(filter)).isEqualTo(400);
    assertThat(load.utilization(filter)).isCloseTo(0.8, within(1e-12));
    assertThat(load.inRate(explode)).isEqualTo(300);
    assertThat(load.outRate(explode)).isEqualTo(600);
    assertThat(load.inRate(join)).isEqualTo(800);
    assertThat(load.utilization(join)).isCloseTo(0.4, within(1e-12));
    // 60 s windows sliding by 10 s: 500 results every 10 s
    assertThat(load.outRate(agg)).isCloseTo(50, within(1e-12));
    assertThat(load.utilization(post)).isCloseTo(50 * 0.020, within(1e-12));
    assertThat(load.instability()).isPresent();
    assertThat(load.instability().get().stage()).isEqualTo(NodeId.of("post"));
  }

  @Test
  void aTraceSourceOffersItsRecordsOverTheHorizon() {
    Flow flow =
        Flow.of(
            "trace",
            List.of(
                new Source(
                    NodeId.of("t"),
                    "t",
                    Optional.empty(),
                    Rate.perSecond(1),
                    dev.napkin.model.flow.Arrivals.POISSON,
                    new dev.napkin.model.flow.Profile.Trace("t.csv"),
                    Source.DEFAULT_RECORD_SIZE,
                    Optional.empty()),
                Sink.of("out")),
            List.of(Edge.of("t", "out")));
    TraceData trace = TraceData.counts(new long[] {0, 5_000_000_000L}, new long[] {30, 20});
    LoadAnalysis load =
        LoadAnalysis.of(Topology.of(flow), Map.of(NodeId.of("t"), trace), 10_000_000_000L);
    assertThat(load.outRate(0)).isCloseTo(5, within(1e-12));
  }

  @Test
  void topologyRejectsCyclesAndUnknownNodes() {
    Flow cycle =
        Flow.of(
            "cycle",
            List.of(Transform.of("x"), Transform.of("y")),
            List.of(Edge.of("x", "y"), Edge.of("y", "x")));
    assertThatThrownBy(() -> Topology.of(cycle)).hasMessageContaining("cycle");
    Flow dangling = Flow.of("d", List.of(Sink.of("out")), List.of(Edge.of("nowhere", "out")));
    assertThatThrownBy(() -> Topology.of(dangling)).hasMessageContaining("nowhere");
  }
}

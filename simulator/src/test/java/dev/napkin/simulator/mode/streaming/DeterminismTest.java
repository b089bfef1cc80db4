package dev.napkin.simulator.mode.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  /** Every figure a run reports, flattened, with the full latency histograms. */
  static List<Object> figures(RunStats stats) {
    List<Object> out = new ArrayList<>();
    out.add(stats.mode());
    out.add(stats.instability());
    out.add(stats.fallingBehind());
    out.add(stats.measuredNanos());
    out.add(stats.simulatedEvents());
    out.add(stats.billing());
    for (Map.Entry<NodeId, SinkStats> e : stats.sinks().entrySet()) {
      SinkStats s = e.getValue();
      out.add(
          List.of(
              e.getKey(),
              s.latencies().copy(),
              s.late(),
              s.dropped(),
              s.refired(),
              s.sourceRecords(),
              s.includedInFirstResult()));
    }
    for (Map.Entry<NodeId, NodeStats> e : stats.nodes().entrySet()) {
      NodeStats n = e.getValue();
      out.add(
          List.of(
              e.getKey(),
              n.arrived(),
              n.departed(),
              n.dropped(),
              n.inFlightAtEnd(),
              n.busyServerNanos(),
              n.inSystemNanos(),
              n.backlogMax(),
              n.sojournNanosTotal(),
              n.sojournCount(),
              n.arrivedMeasured(),
              n.emitted()));
    }
    return out;
  }

  private static RunStats run(long seed, int replication) {
    return new StreamingSimulator()
        .run(
            TestFlows.input(
                ConservationAndLittleTest.everything(),
                TestFlows.s(60),
                TestFlows.s(5),
                seed,
                replication),
            RunControl.none());
  }

  @Test
  void theSameSeedGivesIdenticalFigures() {
    assertThat(figures(run(42, 0))).isEqualTo(figures(run(42, 0)));
  }

  @Test
  void anotherSeedOrReplicationGivesOtherFigures() {
    List<Object> base = figures(run(42, 0));
    assertThat(figures(run(43, 0))).isNotEqualTo(base);
    assertThat(figures(run(42, 1))).isNotEqualTo(base);
  }
}

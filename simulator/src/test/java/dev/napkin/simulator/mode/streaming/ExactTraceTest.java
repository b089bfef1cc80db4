package dev.napkin.simulator.mode.streaming;

import static dev.napkin.simulator.mode.streaming.TestFlows.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole traces of tiny deterministic flows: every visible write, at its exact nanosecond. */
class ExactTraceTest {
  private static final long S = 1_000_000_000L;
  private static final long MS = 1_000_000L;

  /** One visible unit: sink, event time, visible time, results. */
  record Write(String sink, long eventTime, long visibleAt, long count, boolean refire) {}

  private static List<Write> trace(Flow flow, Duration horizon) {
    List<Write> writes = new ArrayList<>();
    new StreamingSimulator(
            1 << 16,
            (sink, record, te, visible, count, refire) ->
                writes.add(new Write(sink.value(), te, visible, count, refire)))
        .run(input(flow, horizon, s(0), 1, 0), RunControl.none());
    return writes;
  }

  private static Execution.Streaming streaming(
      Execution.Delivery delivery, Duration checkpoint, Duration duration, Duration delay) {
    return new Execution.Streaming(checkpoint, duration, delivery, delay, Duration.ZERO);
  }

  @Test
  void aRecordTakesTransportServiceTransportAndCommit() {
    Flow flow =
        flow(
            List.of(
                source("src", 1, Arrivals.DETERMINISTIC),
                stage("work", fixed(ms(250)), 1),
                sink("out", ms(500))),
            List.of(edge("src", "work", ms(10)), edge("work", "out", ms(10))),
            plain());

    assertThat(trace(flow, s(5)))
        .containsExactly(
            new Write("out", 1 * S, 1 * S + 770 * MS, 1, false),
            new Write("out", 2 * S, 2 * S + 770 * MS, 1, false),
            new Write("out", 3 * S, 3 * S + 770 * MS, 1, false),
            new Write("out", 4 * S, 4 * S + 770 * MS, 1, false));
  }

  @Test
  void simultaneousArrivalsQueueInSourceOrderForOneServer() {
    Flow flow =
        flow(
            List.of(
                source("a", 1, Arrivals.DETERMINISTIC),
                source("b", 1, Arrivals.DETERMINISTIC),
                stage("work", fixed(ms(400)), 1),
                sink("out", ms(0))),
            List.of(edge("a", "work"), edge("b", "work"), edge("work", "out")),
            plain());

    assertThat(trace(flow, s(3)))
        .extracting(Write::visibleAt)
        .containsExactly(1400 * MS, 1800 * MS, 2400 * MS, 2800 * MS);
  }

  @Test
  void exactlyOnceWritesWaitForTheNextCheckpointToComplete() {
    Flow flow =
        flow(
            List.of(
                source("src", 1, Arrivals.DETERMINISTIC),
                stage("work", fixed(ms(100)), 1),
                sink("out", ms(50))),
            List.of(edge("src", "work"), edge("work", "out")),
            streaming(Execution.Delivery.EXACTLY_ONCE, s(2), ms(300), Duration.ZERO));

    // arrivals at 1.1, 2.1, 3.1, 4.1 s; checkpoints start at 2, 4, 6 s and complete 0.3 s later
    assertThat(trace(flow, s(5)))
        .extracting(Write::visibleAt)
        .containsExactly(2350 * MS, 4350 * MS, 4350 * MS, 6350 * MS);
  }

  @Test
  void tumblingWindowsFireWhenTheWatermarkPassesTheirEnd() {
    Flow flow =
        flow(
            List.of(
                source("src", 1, Arrivals.DETERMINISTIC),
                aggregate("agg", fixed(Duration.ZERO), Window.tumbling(s(5), Duration.ZERO), 3),
                sink("out", ms(0))),
            List.of(edge("src", "agg"), edge("agg", "out")),
            streaming(Execution.Delivery.AT_LEAST_ONCE, s(60), s(1), s(1)));

    // records at 1..11 s; watermark = max event time − 1 s. [0,5) holds 1..4 and fires when the
    // record at 6 s arrives; [5,10) holds 5..9 and fires at 11 s. Results: min(keys, records).
    assertThat(trace(flow, s(12)))
        .containsExactly(
            new Write("out", 5 * S, 6 * S, 3, false), new Write("out", 10 * S, 11 * S, 3, false));
  }

  @Test
  void slidingWindowsGiveEveryRecordToSizeOverSlideWindows() {
    Flow flow =
        flow(
            List.of(
                source("src", 1, Arrivals.DETERMINISTIC),
                aggregate(
                    "agg", fixed(Duration.ZERO), Window.sliding(s(4), s(2), Duration.ZERO), 100),
                sink("out", ms(0))),
            List.of(edge("src", "agg"), edge("agg", "out")),
            streaming(Execution.Delivery.AT_LEAST_ONCE, s(60), s(1), Duration.ZERO));

    // records at 1..7 s; windows [−2,2) {1}, [0,4) {1,2,3}, [2,6) {2..5} fire when a record at
    // their end arrives; [4,8) {4..7} never does (no event time reaches 8 s: in flight at the end)
    assertThat(trace(flow, s(8)))
        .containsExactly(
            new Write("out", 2 * S, 2 * S, 1, false),
            new Write("out", 4 * S, 4 * S, 3, false),
            new Write("out", 6 * S, 6 * S, 4, false));
  }

  @Test
  void aJoinsWatermarkIsTheMinimumOverItsInputs() {
    Flow flow =
        flow(
            List.of(
                source("fast", 1, Arrivals.DETERMINISTIC),
                new Source(
                    NodeId.of("slow"),
                    "slow",
                    Optional.empty(),
                    Rate.perSecond(1),
                    Arrivals.POISSON,
                    new Profile.Trace("slow.csv"),
                    Source.DEFAULT_RECORD_SIZE,
                    Optional.empty()),
                stage("join", fixed(Duration.ZERO), 1),
                aggregate("agg", fixed(Duration.ZERO), Window.tumbling(s(5), Duration.ZERO), 1),
                sink("out", ms(0))),
            List.of(
                edge("fast", "join"),
                edge("slow", "join"),
                edge("join", "agg"),
                edge("agg", "out")),
            streaming(Execution.Delivery.AT_LEAST_ONCE, s(60), s(1), Duration.ZERO));
    // "slow" sends records at 2 s and 12 s only: until 12 s the join's watermark is stuck at 2 s,
    // then both [0,5) and [5,10) fire at once (the fast input has reached 12 s)
    var traces = Map.of(NodeId.of("slow"), TraceData.arrivals(new long[] {2 * S, 12 * S}));
    List<Write> writes = new ArrayList<>();
    new StreamingSimulator(
            1 << 16,
            (sink, record, te, visible, count, refire) ->
                writes.add(new Write(sink.value(), te, visible, count, refire)))
        .run(
            new RunInput(
                flow,
                SimulationSettings.DEFAULTS.withHorizon(s(14)).withWarmup(Duration.ZERO),
                traces,
                0),
            RunControl.none());

    assertThat(writes)
        .containsExactly(
            new Write("out", 5 * S, 12 * S, 1, false), new Write("out", 10 * S, 12 * S, 1, false));
  }

  @Test
  void aFanOutSendsACopyDownEveryEdge() {
    Flow flow =
        flow(
            List.of(
                source("src", 1, Arrivals.DETERMINISTIC),
                sink("fast", ms(0)),
                sink("slow", ms(300))),
            List.of(edge("src", "fast", ms(1)), edge("src", "slow", ms(2))),
            plain());

    List<Write> writes = trace(flow, s(3));
    assertThat(writes)
        .containsExactly(
            new Write("fast", 1 * S, 1 * S + 1 * MS, 1, false),
            new Write("slow", 1 * S, 1 * S + 302 * MS, 1, false),
            new Write("fast", 2 * S, 2 * S + 1 * MS, 1, false),
            new Write("slow", 2 * S, 2 * S + 302 * MS, 1, false));
  }

  @Test
  void latenessLandsInTheHistogramAsEventTimeToVisibleTime() {
    Flow flow =
        flow(
            List.of(source("src", 10, Arrivals.DETERMINISTIC), sink("out", ms(0))),
            List.of(edge("src", "out")),
            plain());
    RunStats stats =
        new StreamingSimulator().run(input(flow, s(10), s(1), 1, 0), RunControl.none());
    // records at 0.1 .. 9.9 s, measured from 1.0 s: 90 samples of latency 0
    assertThat(stats.sink(NodeId.of("out")).results()).isEqualTo(90);
    assertThat(stats.sink(NodeId.of("out")).latencies().getMaxValue()).isZero();
  }
}

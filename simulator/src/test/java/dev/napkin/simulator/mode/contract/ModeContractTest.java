package dev.napkin.simulator.mode.contract;

import static dev.napkin.simulator.mode.batch.ModeFlows.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.NodeStats;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.ModeSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What every mode must do, whatever it models: conserve records at every stage, measure nothing
 * before the warm-up, deliver what the horizon allows, give the same figures for the same seed, and
 * honour progress and cancellation. Each mode runs this suite through a subclass.
 */
abstract class ModeContractTest {
  abstract ModeSimulator simulator();

  abstract ExecutionMode designed();

  /** A source at 200/s, a filter, a fan-out to a plain sink and a 10 s window aggregate. */
  Flow flow() {
    return jobFlow(
        List.of(
            source("src", 200, Arrivals.POISSON, Optional.of(exp(s(0.5)))),
            stage("filter", exp(s(0.0005)), s(0.1), 1, 0.7),
            aggregate("agg", fixed(s(0.0002)), Window.tumbling(s(10), s(2)), 5),
            sink("plain", s(0.1)),
            sink("counts", s(0.1))),
        List.of(
            edge("src", "filter"),
            edge("filter", "plain"),
            edge("filter", "agg"),
            edge("agg", "counts")),
        designed(),
        batch(s(60), s(2)),
        micro(s(5), s(0.2), s(1)));
  }

  RunStats run(Duration horizon, Duration warmup, long seed) {
    return simulator().run(input(flow(), horizon, warmup, seed, 0), RunControl.none());
  }

  @Test
  void conservesRecordsAtEveryStage() {
    RunStats stats = run(s(600), s(60), 1);
    assertThat(stats.nodes()).isNotEmpty();
    for (Map.Entry<NodeId, NodeStats> e : stats.nodes().entrySet()) {
      NodeStats n = e.getValue();
      assertThat(n.arrived())
          .as(e.getKey().value())
          .isEqualTo(n.departed() + n.dropped() + n.inFlightAtEnd());
    }
    NodeStats filter = stats.nodes().get(NodeId.of("filter"));
    assertThat(filter.arrived()).isGreaterThan(0);
    assertThat(stats.nodes().get(NodeId.of("plain")).arrived()).isEqualTo(filter.emitted());
  }

  @Test
  void recordsEachStagesBacklogOverTimeAddingUpToItsTotal() {
    RunStats stats = run(s(600), s(60), 1);
    for (String stage : List.of("filter", "agg")) {
      NodeStats n = stats.nodes().get(NodeId.of(stage));
      var series = n.backlogSeries().orElseThrow(() -> new AssertionError(stage + ": no series"));
      assertThat(series.from()).isEqualTo(s(60).nanos());
      assertThat(series.to()).isEqualTo(s(600).nanos());
      double total = 0;
      for (int k = 0; k < series.buckets(); k++) {
        total += series.recordNanos(k);
      }
      assertThat(total).as(stage).isCloseTo(n.inSystemNanos(), within(1e-6 * n.inSystemNanos()));
      assertThat(n.inSystemNanos()).as(stage).isPositive();
    }
  }

  @Test
  void measuresNothingBeforeTheWarmUp() {
    RunStats stats = run(s(120), s(120), 2);
    assertThat(stats.sink(NodeId.of("plain")).results()).isZero();
    // a window ending at the warm-up is measured (its event time is its end); its records are not
    assertThat(stats.sink(NodeId.of("counts")).sourceRecords()).isZero();
  }

  @Test
  void deliversTheMeasuredRecordsOfTheHorizon() {
    RunStats stats = run(s(600), s(60), 3);
    SinkStats plain = stats.sink(NodeId.of("plain"));
    double expected = 200 * 0.7 * 540;
    // Poisson count thinned by the filter; the last second's records may still be in flight
    assertThat((double) plain.results())
        .isCloseTo(expected, within(4 * Math.sqrt(expected) + 200 * 0.7 * 1.0));
    assertThat(stats.measuredNanos()).isEqualTo(s(540).nanos());
    assertThat(stats.sink(NodeId.of("counts")).results()).isPositive();
    assertThat(stats.billing()).isNotEmpty();
  }

  @Test
  void theSameSeedGivesTheSameFigures() {
    RunStats a = run(s(300), s(30), 4);
    RunStats b = run(s(300), s(30), 4);
    for (String sink : List.of("plain", "counts")) {
      SinkStats x = a.sink(NodeId.of(sink));
      SinkStats y = b.sink(NodeId.of(sink));
      assertThat(y.latencies()).isEqualTo(x.latencies());
      assertThat(y.sourceRecords()).isEqualTo(x.sourceRecords());
      assertThat(y.includedInFirstResult()).isEqualTo(x.includedInFirstResult());
      assertThat(y.late()).isEqualTo(x.late());
      assertThat(y.dropped()).isEqualTo(x.dropped());
    }
    assertThat(b.billing()).isEqualTo(a.billing());
    assertThat(run(s(300), s(30), 5).sink(NodeId.of("plain")).latencies())
        .isNotEqualTo(a.sink(NodeId.of("plain")).latencies());
  }

  @Test
  void reportsProgressAndStopsWhenCancelled() {
    AtomicReference<Double> progress = new AtomicReference<>(0.0);
    AtomicBoolean cancelled = new AtomicBoolean();
    RunControl control =
        new RunControl(
            share -> {
              progress.set(share);
              if (share > 0.01) {
                cancelled.set(true);
              }
            },
            cancelled);
    assertThatThrownBy(
            () -> simulator().run(input(flow(), Duration.ofHours(24), s(0), 6, 0), control))
        .isInstanceOf(CancellationException.class);
    assertThat(progress.get()).isBetween(0.01, 0.2);
  }
}

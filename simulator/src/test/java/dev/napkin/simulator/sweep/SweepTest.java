package dev.napkin.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.run.SimulationFailedException;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.testing.TestFlows;
import dev.napkin.simulator.testing.TestStats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class SweepTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  // TestFlows.clickstream: sessionize has 4 workers; the dashboard's SLA is p99 within 2 min.
  private final Flow flow = TestFlows.clickstream();

  /** A mode simulator made of a function of the configured flow. */
  record Scripted(String name, BiFunction<RunInput, RunControl, RunStats> script)
      implements ModeSimulator {
    @Override
    public RunStats run(RunInput input, RunControl control) {
      control.checkpoint(0.5);
      return script.apply(input, control);
    }
  }

  private static int workers(Flow flow) {
    return flow.transforms().mapToInt(Transform::parallelism).sum();
  }

  /**
   * Results follow the configuration: latency is the knob plus 60 s ÷ workers; cost is the workers
   * billed all the time (streaming at twice the rate, by billing twice as many).
   */
  private static ModeSimulator modelled(String name, ExecutionMode billedAs, int costFactor) {
    return new Scripted(
        name,
        (input, control) -> {
          Flow f = input.flow();
          long knobSeconds =
              (long)
                  (name.equals("streaming")
                          ? f.execution().streaming().checkpoint()
                          : name.equals("batch")
                              ? f.execution().batch().every()
                              : f.execution().microBatch().every())
                      .seconds();
          long latency = knobSeconds + 60 / workers(f);
          return TestStats.mode(name)
              .latency(TestFlows.DASHBOARD, latency, 1000)
              .completeness(TestFlows.DASHBOARD, 1000, 1000)
              .vcpus(TestFlows.SESSIONIZE, billedAs, costFactor * workers(f))
              .build();
        });
  }

  private SimulationRequest base(ModeSimulator... modes) {
    return new SimulationRequest(
        flow, flow.simulation().withReplications(2), Map.of(), List.of(modes), Prices.bundled());
  }

  private static SweepGrid grid(Map<String, List<Duration>> knobs, List<Double> scales) {
    return new SweepGrid(knobs, scales);
  }

  @Test
  void simulatesEveryPointInGridOrderWithItsConfiguration() {
    SweepRequest request =
        new SweepRequest(
            base(
                modelled("micro-batch", ExecutionMode.MICRO_BATCH, 1),
                modelled("streaming", ExecutionMode.STREAMING, 2)),
            grid(
                Map.of(
                    "streaming", List.of(Duration.ofSeconds(10)),
                    "micro-batch", List.of(Duration.ofSeconds(30), MINUTE)),
                List.of(0.25, 1.0)));

    SweepResult result = new Sweep(2).run(request, RunControl.none());

    assertThat(result.points())
        .extracting(
            p ->
                p.mode()
                    + " "
                    + p.knob()
                    + " x"
                    + p.parallelismScale()
                    + " "
                    + workers(p.configured()))
        .containsExactly(
            "micro-batch 30s x0.25 1",
            "micro-batch 30s x1.0 4",
            "micro-batch 1m x0.25 1",
            "micro-batch 1m x1.0 4",
            "streaming 10s x0.25 1",
            "streaming 10s x1.0 4");
    SweepPoint first = result.points().get(0);
    assertThat(first.configured().execution().mode()).isEqualTo(ExecutionMode.MICRO_BATCH);
    assertThat(first.configured().execution().microBatch().every())
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(first.result().mode()).isEqualTo("micro-batch");
    assertThat(first.result().replications()).isEqualTo(2);
    // 30 s + 60 s ÷ 1 worker, within the histogram's 0.1 %.
    assertThat(first.slaLatencySeconds(TestFlows.DASHBOARD).orElseThrow())
        .isCloseTo(90.0, org.assertj.core.data.Percentage.withPercentage(0.1));
  }

  @Test
  void theFrontierAndTheCheapestPointMeetingEverySla() {
    SweepRequest request =
        new SweepRequest(
            base(
                modelled("micro-batch", ExecutionMode.MICRO_BATCH, 1),
                modelled("streaming", ExecutionMode.STREAMING, 2)),
            grid(
                Map.of(
                    "micro-batch", List.of(Duration.ofSeconds(30), Duration.ofMinutes(3)),
                    "streaming", List.of(Duration.ofSeconds(1))),
                List.of(0.25, 1.0)));

    SweepResult result = new Sweep(2).run(request, RunControl.none());

    // micro-batch: 30 s + 60 s/1 = 90 s or 30 s + 15 s = 45 s; 3 min + … misses the 2 min SLA.
    // streaming: 1 s + 60 s = 61 s or 1 s + 15 s = 16 s, at twice the cost.
    assertThat(result.frontierBySink().keySet()).containsExactly(TestFlows.DASHBOARD);
    assertThat(result.frontierBySink().get(TestFlows.DASHBOARD))
        .extracting(p -> p.mode() + " " + p.knob() + " " + workers(p.configured()))
        .containsExactly(
            "micro-batch 30s 1", "streaming 1s 1", "micro-batch 30s 4", "streaming 1s 4");
    SweepPoint cheapest = result.cheapestMeetingAll().orElseThrow();
    assertThat(cheapest.mode() + " " + cheapest.knob() + " " + workers(cheapest.configured()))
        .isEqualTo("micro-batch 30s 1");
    assertThat(result.points().stream().filter(p -> !p.meetsAllSlas()))
        .extracting(p -> p.knob())
        .containsOnly(Duration.ofMinutes(3));
    assertThat(result.onAnyFrontier()).hasSize(4);
  }

  @Test
  void unstablePointsAreNeitherOnTheFrontierNorTheCheapest() {
    ModeSimulator overloaded =
        new Scripted(
            "streaming",
            (input, control) ->
                TestStats.mode("streaming")
                    .latency(TestFlows.DASHBOARD, 1, 1000)
                    .completeness(TestFlows.DASHBOARD, 1000, 1000)
                    .vcpus(TestFlows.SESSIONIZE, ExecutionMode.STREAMING, workers(input.flow()))
                    .unstable(TestFlows.SESSIONIZE, 1.5, 10)
                    .build());
    SweepRequest request =
        new SweepRequest(
            base(overloaded), grid(Map.of("streaming", List.of(MINUTE)), List.of(1.0)));

    SweepResult result = new Sweep(1).run(request, RunControl.none());

    assertThat(result.points()).hasSize(1);
    assertThat(result.frontierBySink().get(TestFlows.DASHBOARD)).isEmpty();
    assertThat(result.cheapestMeetingAll()).isEmpty();
  }

  @Test
  void scalesGivingTheSameWorkersAreSimulatedOnce() {
    AtomicInteger runs = new AtomicInteger();
    ModeSimulator counting =
        new Scripted(
            "streaming",
            (input, control) -> {
              runs.incrementAndGet();
              return modelled("streaming", ExecutionMode.STREAMING, 1).run(input, control);
            });
    // 4 workers × 0.2 and × 0.25 both give 1 worker.
    SweepRequest request =
        new SweepRequest(
            base(counting), grid(Map.of("streaming", List.of(MINUTE)), List.of(0.2, 0.25, 1.0)));

    SweepResult result = new Sweep(2).run(request, RunControl.none());

    assertThat(result.points()).extracting(SweepPoint::parallelismScale).containsExactly(0.2, 1.0);
    assertThat(runs.get()).isEqualTo(2 * 2); // two points, two replications each
  }

  @Test
  void reportsProgressUpToOne() {
    List<Double> seen = Collections.synchronizedList(new ArrayList<>());
    SweepRequest request =
        new SweepRequest(
            base(modelled("streaming", ExecutionMode.STREAMING, 1)),
            grid(Map.of("streaming", List.of(MINUTE, Duration.ofMinutes(2))), List.of(1.0)));

    new Sweep(2).run(request, new RunControl(seen::add, new AtomicBoolean()));

    assertThat(seen).first().isEqualTo(0.0);
    assertThat(seen).last().isEqualTo(1.0);
    assertThat(seen).isSorted();
  }

  @Test
  void cancellingStopsRunningPointsQuickly() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    ModeSimulator endless =
        new Scripted(
            "streaming",
            (input, control) -> {
              started.countDown();
              while (true) {
                control.checkpoint(0.1);
                Thread.onSpinWait();
              }
            });
    SweepRequest request =
        new SweepRequest(
            base(endless),
            grid(
                Map.of("streaming", List.of(MINUTE, Duration.ofMinutes(2), Duration.ofMinutes(3))),
                List.of(1.0, 2.0)));
    RunControl control = RunControl.none();
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<SweepResult> sweep = caller.submit(() -> new Sweep(2).run(request, control));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

      long cancelledAt = System.nanoTime();
      control.cancel();

      assertThatThrownBy(() -> sweep.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(CancellationException.class);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt)).isLessThan(2000);
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void aFailingPointFailsTheSweepNamingTheMode() {
    ModeSimulator failing =
        new Scripted(
            "batch",
            (input, control) -> {
              throw new IllegalStateException("boom");
            });
    SweepRequest request =
        new SweepRequest(base(failing), grid(Map.of("batch", List.of(MINUTE)), List.of(1.0)));

    assertThatThrownBy(() -> new Sweep(2).run(request, RunControl.none()))
        .isInstanceOf(SimulationFailedException.class)
        .hasMessage("batch replication 1 failed: boom");
  }

  @Test
  void rejectsAGridModeWithoutASimulator() {
    SimulationRequest onlyStreaming = base(modelled("streaming", ExecutionMode.STREAMING, 1));

    assertThatThrownBy(
            () ->
                new SweepRequest(
                    onlyStreaming, grid(Map.of("batch", List.of(MINUTE)), List.of(1.0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the grid sweeps batch but the request has no batch simulator");
  }

  @Test
  void theCheapestAmongEqualCostsIsTheFastest() {
    // Both cost the same (1 worker); 30 s + 60 s = 90 s beats 60 s + 60 s = 120 s against 2 min.
    SweepRequest request =
        new SweepRequest(
            base(modelled("micro-batch", ExecutionMode.MICRO_BATCH, 1)),
            grid(Map.of("micro-batch", List.of(MINUTE, Duration.ofSeconds(30))), List.of(0.25)));

    SweepResult result = new Sweep(1).run(request, RunControl.none());

    assertThat(result.points())
        .extracting(SweepPoint::costPerMonthUsd)
        .allMatch(c -> c.compareTo(result.points().get(0).costPerMonthUsd()) == 0);
    assertThat(result.cheapestMeetingAll().orElseThrow().knob()).isEqualTo(Duration.ofSeconds(30));
    assertThat(result.cheapestMeetingAll().orElseThrow().costPerMonthUsd())
        .isGreaterThan(BigDecimal.ZERO);
  }
}

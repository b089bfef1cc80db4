package dev.napkin.simulator.run;

import static dev.napkin.simulator.testing.TestFlows.DASHBOARD;
import static dev.napkin.simulator.testing.TestFlows.SESSIONIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.testing.TestFlows;
import dev.napkin.simulator.testing.TestStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class SimulatorTest {
  private final Flow flow = TestFlows.clickstream();

  /** A mode whose replications are whatever the script makes of (input, control). */
  private record ScriptedMode(String name, BiFunction<RunInput, RunControl, RunStats> script)
      implements ModeSimulator {
    @Override
    public RunStats run(RunInput input, RunControl control) {
      return script.apply(input, control);
    }
  }

  /** Random latencies from (seed, replication); sleeps a random while to shuffle the threads. */
  private static ModeSimulator noisy(String name, ExecutionMode billedAs) {
    return new ScriptedMode(
        name,
        (input, control) -> {
          SplittableRandom random =
              new SplittableRandom(input.settings().seed() * 1000 + input.replication());
          sleep(random.nextInt(20));
          control.checkpoint(0.5);
          TestStats stats = TestStats.mode(name);
          for (int i = 0; i < 200; i++) {
            stats.latency(DASHBOARD, 30 + random.nextInt(60), 1 + random.nextInt(5));
          }
          return stats
              .completeness(DASHBOARD, 1000, 950 + random.nextInt(50))
              .stage(SESSIONIZE, 4, random.nextDouble(), random.nextDouble() * 10, 7)
              .vcpus(SESSIONIZE, billedAs, 4)
              .build();
        });
  }

  private SimulationRequest request(List<ModeSimulator> modes) {
    return new SimulationRequest(flow, flow.simulation(), Map.of(), modes, Prices.bundled());
  }

  @Test
  void aSingleModeFlowRunsAsDesignedFromThatModesRunsInsteadOfSimulatingTwice() {
    ModeSimulator neverRun =
        new ScriptedMode(
            "as-designed",
            (input, control) -> {
              throw new AssertionError("as designed should reuse the streaming runs");
            });
    Flow streamingFlow =
        flow.withExecution(
            new dev.napkin.model.flow.Execution(
                ExecutionMode.STREAMING,
                flow.execution().batch(),
                flow.execution().microBatch(),
                flow.execution().streaming()));
    SimulationRequest request =
        new SimulationRequest(
            streamingFlow,
            streamingFlow.simulation(),
            Map.of(),
            List.of(noisy("streaming", ExecutionMode.STREAMING), neverRun),
            Prices.bundled());

    SimulationResult result = new Simulator(2).run(request, RunControl.none());

    ModeResult streaming = result.mode("streaming").orElseThrow();
    ModeResult asDesigned = result.mode("as-designed").orElseThrow();
    assertThat(asDesigned.sinks()).isEqualTo(streaming.sinks());
    assertThat(asDesigned.costPerMonthUsd()).isEqualTo(streaming.costPerMonthUsd());
  }

  @Test
  void aHybridFlowRunsAsDesignedOnItsOwnReplications() {
    Flow single =
        flow.withExecution(
            new dev.napkin.model.flow.Execution(
                ExecutionMode.STREAMING,
                flow.execution().batch(),
                flow.execution().microBatch(),
                flow.execution().streaming()));
    dev.napkin.model.flow.Transform first = single.transforms().findFirst().orElseThrow();
    Flow hybrid =
        single.withNodes(
            single.nodes().stream()
                .map(
                    n ->
                        n == first
                            ? (dev.napkin.model.flow.Node)
                                first.withMode(java.util.Optional.of(ExecutionMode.BATCH))
                            : n)
                .toList());
    AtomicInteger calls = new AtomicInteger();
    ModeSimulator designed =
        new ScriptedMode(
            "as-designed",
            (input, control) -> {
              calls.incrementAndGet();
              return noisy("as-designed", ExecutionMode.BATCH).run(input, control);
            });
    SimulationRequest request =
        new SimulationRequest(
            hybrid,
            hybrid.simulation(),
            Map.of(),
            List.of(noisy("streaming", ExecutionMode.STREAMING), designed),
            Prices.bundled());

    SimulationResult result = new Simulator(2).run(request, RunControl.none());

    assertThat(calls.get()).isEqualTo(hybrid.simulation().replications());
    assertThat(result.mode("as-designed").orElseThrow().costPerMonthUsd())
        .isNotEqualTo(result.mode("streaming").orElseThrow().costPerMonthUsd());
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() {
    SimulationRequest request =
        request(
            List.of(
                noisy("batch", ExecutionMode.BATCH),
                noisy("micro-batch", ExecutionMode.MICRO_BATCH),
                noisy("streaming", ExecutionMode.STREAMING)));

    SimulationResult one = new Simulator(1).run(request, RunControl.none());
    SimulationResult four = new Simulator(4).run(request, RunControl.none());

    assertThat(four).isEqualTo(one);
    assertThat(one.modes())
        .extracting(ModeResult::mode, ModeResult::replications)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("batch", 5),
            org.assertj.core.groups.Tuple.tuple("micro-batch", 5),
            org.assertj.core.groups.Tuple.tuple("streaming", 5));
    assertThat(one.recommendation()).isPresent();
  }

  @Test
  void everyReplicationSeesTheSettingsUsedAndItsOwnIndex() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    ModeSimulator recording =
        new ScriptedMode(
            "streaming",
            (input, control) -> {
              seen.add(
                  input.replication()
                      + ":"
                      + input.settings().seed()
                      + ":"
                      + input.flow().simulation().seed());
              return TestStats.mode("streaming").latency(DASHBOARD, 1, 1).build();
            });
    SimulationRequest request =
        new SimulationRequest(
            flow,
            flow.simulation().withSeed(7).withReplications(3),
            Map.of(),
            List.of(recording),
            Prices.bundled());

    SimulationResult result = new Simulator(2).run(request, RunControl.none());

    assertThat(seen).containsExactlyInAnyOrder("0:7:7", "1:7:7", "2:7:7");
    assertThat(result.seed()).isEqualTo(7);
    assertThat(result.modes().get(0).replications()).isEqualTo(3);
  }

  @Test
  void reportsTheMeanProgressOfAllReplicationsFromZeroToOne() {
    CountDownLatch halfway = new CountDownLatch(1);
    ModeSimulator slow =
        new ScriptedMode(
            "streaming",
            (input, control) -> {
              control.checkpoint(0.5);
              await(halfway);
              return TestStats.mode("streaming").latency(DASHBOARD, 1, 1).build();
            });
    List<Double> progress = new ArrayList<>();
    RunControl control =
        new RunControl(
            share -> {
              progress.add(share);
              if (share == 0.5) {
                halfway.countDown();
              }
            },
            new AtomicBoolean());
    SimulationRequest request =
        new SimulationRequest(
            flow, flow.simulation().withReplications(2), Map.of(), List.of(slow), Prices.bundled());

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new Simulator(2).run(request, control));

    assertThat(progress.get(0)).isEqualTo(0.0);
    assertThat(progress).contains(0.5);
    assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
    assertThat(progress).isSorted();
  }

  @Test
  void cancellingStopsEveryReplicationAndThrows() {
    AtomicInteger running = new AtomicInteger();
    CountDownLatch allStopped = new CountDownLatch(4);
    ModeSimulator endless =
        new ScriptedMode(
            "streaming",
            (input, control) -> {
              running.incrementAndGet();
              try {
                while (true) {
                  control.checkpoint(0.1);
                  sleep(1);
                }
              } finally {
                allStopped.countDown();
              }
            });
    AtomicBoolean cancelled = new AtomicBoolean();
    RunControl control =
        new RunControl(
            share -> {
              if (share > 0) {
                cancelled.set(true);
              }
            },
            cancelled);
    SimulationRequest request =
        new SimulationRequest(
            flow,
            flow.simulation().withReplications(4),
            Map.of(),
            List.of(endless),
            Prices.bundled());

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertThatThrownBy(() -> new Simulator(4).run(request, control))
              .isInstanceOf(CancellationException.class);
          assertThat(allStopped.await(5, TimeUnit.SECONDS)).isTrue();
        });
    assertThat(running.get()).isEqualTo(4);
  }

  @Test
  void aFailingReplicationBecomesAClearErrorAndStopsTheOthers() {
    CountDownLatch othersStopped = new CountDownLatch(2);
    ModeSimulator flaky =
        new ScriptedMode(
            "streaming",
            (input, control) -> {
              if (input.replication() == 2) {
                throw new IllegalStateException("event list overflow");
              }
              try {
                while (true) {
                  control.checkpoint(0.1);
                  sleep(1);
                }
              } finally {
                othersStopped.countDown();
              }
            });
    SimulationRequest request =
        new SimulationRequest(
            flow,
            flow.simulation().withReplications(3),
            Map.of(),
            List.of(flaky),
            Prices.bundled());

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertThatThrownBy(() -> new Simulator(3).run(request, RunControl.none()))
              .isInstanceOf(SimulationFailedException.class)
              .hasMessage("streaming replication 3 failed: event list overflow")
              .hasCauseInstanceOf(IllegalStateException.class);
          assertThat(othersStopped.await(5, TimeUnit.SECONDS)).isTrue();
        });
  }

  @Test
  void refusesAWarmUpAsLongAsTheHorizon() {
    assertThatThrownBy(
            () ->
                new SimulationRequest(
                    flow,
                    flow.simulation().withWarmup(flow.simulation().horizon()),
                    Map.of(),
                    List.of(noisy("streaming", ExecutionMode.STREAMING)),
                    Prices.bundled()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the warm-up (1d) must be shorter than the horizon (1d)");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    }
  }
}

package dev.napkin.simulator.mode.streaming;

import static dev.napkin.simulator.mode.streaming.TestFlows.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CancellationTest {

  @Test
  void cancellingStopsALongRunWithinAFractionOfASecondAndProgressWasReported() throws Exception {
    // a week at 10,000 records/s: ~6·10⁹ records, hours of work if not stopped
    Flow flow =
        flow(
            List.of(
                source("src", 10_000, Arrivals.POISSON),
                stage("work", exp(ms(0.05)), 1),
                sink("out", ms(0))),
            List.of(edge("src", "work"), edge("work", "out")),
            plain());
    AtomicReference<Double> lastProgress = new AtomicReference<>(0.0);
    RunControl control = new RunControl(lastProgress::set, new AtomicBoolean());
    AtomicReference<Long> stoppedAt = new AtomicReference<>();

    CompletableFuture<Void> run =
        CompletableFuture.runAsync(
            () -> {
              try {
                // exact on purpose: aggregate (auto's choice here) would finish in seconds
                RunInput week = input(flow, Duration.ofHours(24 * 7), s(0), 1, 0);
                RunInput exact =
                    new RunInput(
                        week.flow(),
                        week.settings().withFidelity(SimulationSettings.Fidelity.EXACT),
                        week.traces(),
                        week.replication());
                new StreamingSimulator().run(exact, control);
              } finally {
                stoppedAt.set(System.nanoTime());
              }
            });
    Thread.sleep(300);
    long cancelledAt = System.nanoTime();
    control.cancel();

    assertThatThrownBy(run::join).hasCauseInstanceOf(CancellationException.class);
    assertThat((stoppedAt.get() - cancelledAt) / 1e9).isLessThan(0.25);
    assertThat(lastProgress.get()).isBetween(1e-9, 0.01);
  }
}

package dev.napkin.simulator.mode.streaming;

import static dev.napkin.simulator.mode.streaming.TestFlows.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.SinkStats;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Watermarks against SIMULATION.md's closed form: tumbling windows of w = 60 s, exponential
 * lateness with mean m = 2 s, delay B: first-firing completeness C(B) = 1 − (m/w)·e^(−B/m)·(1 −
 * e^(−w/m)). At 1000 records/s the newest event time seen trails the true one by about √(πm/2λ) ≈
 * 56 ms, which raises completeness by under 0.001: the spec's ±0.002 covers it (the binomial SE
 * over 540,000 records is about 0.0003).
 */
class WatermarkTest {
  private static final NodeId OUT = NodeId.of("out");
  private static final double W = 60;
  private static final double M = 2;

  private static Flow windowed(Duration watermarkDelay, Duration allowedLateness) {
    Execution.Streaming settings =
        new Execution.Streaming(
            Duration.ofSeconds(60),
            Duration.ofSeconds(1),
            Execution.Delivery.AT_LEAST_ONCE,
            watermarkDelay,
            Duration.ZERO);
    return flow(
        List.of(
            source(
                "src",
                1000,
                Arrivals.POISSON,
                Optional.of(new Distribution.Exponential(Duration.ofSeconds(2)))),
            aggregate(
                "agg",
                fixed(Duration.ofNanos(1_000)),
                Window.tumbling(Duration.ofSeconds(60), allowedLateness),
                10),
            sink("out", ms(0))),
        List.of(edge("src", "agg"), edge("agg", "out")),
        settings);
  }

  private static SinkStats run(Flow flow) {
    return run(flow, s(60));
  }

  private static SinkStats run(Flow flow, Duration warmup) {
    return new StreamingSimulator()
        .run(input(flow, s(660), warmup, 7, 0), RunControl.none())
        .sink(OUT);
  }

  static double completeness(double b) {
    return 1 - (M / W) * Math.exp(-b / M) * (1 - Math.exp(-W / M));
  }

  @Test
  void closedFormGivesTheSpecsFigures() {
    assertThat(completeness(0)).isCloseTo(0.966667, within(5e-7));
    assertThat(completeness(5)).isCloseTo(0.997264, within(5e-7));
  }

  @Test
  void withoutDelayAboutOneRecordInThirtyMissesItsWindow() {
    SinkStats out = run(windowed(Duration.ZERO, Duration.ZERO));
    assertThat(out.completeness()).isCloseTo(completeness(0), within(0.002));
    // measured records in windows that fired: [60 s, 600 s); the last window never fires
    assertThat(out.sourceRecords()).isBetween(530_000L, 550_000L);
    // no allowed lateness: every record that misses its window is dropped
    assertThat(out.dropped()).isEqualTo(out.sourceRecords() - out.includedInFirstResult());
    assertThat(out.late()).isZero();
  }

  @Test
  void fiveSecondsOfDelayCatchAlmostAll() {
    SinkStats out = run(windowed(Duration.ofSeconds(5), Duration.ZERO));
    assertThat(out.completeness()).isCloseTo(completeness(5), within(0.002));
  }

  @Test
  void allowedLatenessTurnsDropsIntoLateRefirings() {
    // no warm-up: every late record and every re-firing (event time = window end) is measured
    SinkStats out = run(windowed(Duration.ZERO, Duration.ofSeconds(10)), Duration.ZERO);
    double n = out.sourceRecords();
    // first results miss the same records as without lateness...
    assertThat(out.completeness()).isCloseTo(completeness(0), within(0.002));
    // ...but only those later than end + 10 s are dropped: (m/w)·e^(−10/m)·(1 − e^(−w/m))
    double dropShare = (M / W) * Math.exp(-10 / M);
    assertThat(out.dropped() / n).isCloseTo(dropShare, within(4 * Math.sqrt(dropShare / n) + 1e-5));
    assertThat(out.late() + out.dropped())
        .isEqualTo(out.sourceRecords() - out.includedInFirstResult());
    assertThat(out.refired()).isEqualTo(out.late());
  }

  @Test
  void eachWindowEmitsItsKeysAsResultsWithTheWindowEndAsEventTime() {
    SinkStats out = run(windowed(Duration.ofSeconds(5), Duration.ZERO));
    // windows ending at 120 s .. 600 s fire in the measured period (660 s never does: W < 655 s);
    // the one ending at 60 s is measured too (event time = window end ≥ warm-up)
    assertThat(out.results()).isEqualTo(10 * 10);
    // Each result waits until the max event time seen passes end + 5 s. At a finite rate the
    // first record past it arrives later still: the lag y has P(Y > y) ≈ exp(−λy²/2m), mean
    // √(πm/2λ) = 56 ms and sd √((4−π)m/2λ) = 21 ms, so over 10 windows an SE of 6.6 ms.
    double lag = Math.sqrt(Math.PI * M / (2 * 1000));
    double se = Math.sqrt((4 - Math.PI) * M / (2 * 1000)) / Math.sqrt(10);
    double latency = out.latencies().getMean() / 1e9;
    assertThat(latency).isCloseTo(5.0 + lag, within(4 * se + 0.001 * 5));
  }
}

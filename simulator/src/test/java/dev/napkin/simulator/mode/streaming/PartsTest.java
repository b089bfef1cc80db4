package dev.napkin.simulator.mode.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.flow.Execution;
import org.junit.jupiter.api.Test;

/** The small parts of the streaming mode, one behaviour each. */
class PartsTest {
  private static final long S = 1_000_000_000L;

  @Test
  void exactlyOnceReleasesAtTheEndOfTheFirstCheckpointStartingStrictlyLater() {
    CheckpointGate gate = new CheckpointGate(true, 10 * S, S);
    assertThat(
            new long[] {
              gate.releaseAt(0), gate.releaseAt(9 * S), gate.releaseAt(10 * S), gate.releaseAt(-1)
            })
        .containsExactly(11 * S, 11 * S, 21 * S, S);
  }

  @Test
  void atLeastOnceReleasesAtOnce() {
    CheckpointGate gate =
        CheckpointGate.of(
            new Execution.Streaming(
                Execution.Streaming.DEFAULTS.checkpoint(),
                Execution.Streaming.DEFAULTS.checkpointDuration(),
                Execution.Delivery.AT_LEAST_ONCE,
                Execution.Streaming.DEFAULTS.watermarkDelay(),
                Execution.Streaming.DEFAULTS.bufferTimeout()));
    assertThat(gate.releaseAt(1234)).isEqualTo(1234);
  }

  @Test
  void exactlyOnceNeedsACheckpointInterval() {
    assertThatThrownBy(() -> new CheckpointGate(true, 0, S))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("checkpoint interval");
  }

  @Test
  void watermarkIsTheMinimumOverInputsAndWaitsForSilentOnes() {
    Watermarks w = new Watermarks(2);
    assertThat(w.observe(0, 50)).isEqualTo(Watermarks.NONE);
    assertThat(w.observe(1, 30)).isEqualTo(30);
    assertThat(w.observe(1, 80)).isEqualTo(50);
    assertThat(w.observe(0, 40)).isEqualTo(50); // never goes back
    assertThat(w.observe(0, 90)).isEqualTo(80);
  }

  @Test
  void windowIndexesCoverEventTimesAsTumblingAndSlidingWindowsDo() {
    WindowState sliding = new WindowState(10 * S, 5 * S, 0);
    // t = 12 s lies in [5, 15) and [10, 20): windows 1 and 2
    assertThat(new long[] {sliding.firstWindow(12 * S), sliding.lastWindow(12 * S)})
        .containsExactly(1, 2);
    assertThat(sliding.end(1)).isEqualTo(15 * S);
    // at watermark 15 s window 1 has fired (end ≤ w) and window 2 has not
    assertThat(sliding.firstUnfired(15 * S)).isEqualTo(2);
    assertThat(sliding.firstUnfired(15 * S - 1)).isEqualTo(1);
    WindowState late = new WindowState(10 * S, 10 * S, 3 * S);
    assertThat(late.firstUnexpired(12 * S)).isEqualTo(0);
    assertThat(late.firstUnexpired(13 * S)).isEqualTo(1);
    assertThat(late.firstUnfired(Watermarks.NONE)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void windowCountsGrowInBothDirectionsAndAreTakenOnce() {
    WindowState windows = new WindowState(S, S, 0);
    windows.add(100, 2, 2);
    windows.add(40, 1, 0);
    windows.add(170, 5, 5);
    windows.add(100, 3, 0);
    assertThat(new long[] {windows.lowest(), windows.highest()}).containsExactly(40, 171);
    assertThat(windows.take(100)).isEqualTo(5);
    assertThat(windows.take(100)).isZero();
    assertThat(windows.takeFirsts(170)).isEqualTo(5);
    windows.dropBelow(150);
    assertThat(windows.take(40)).isZero();
    assertThat(windows.take(170)).isEqualTo(5);
    windows.dropBelow(1_000);
    assertThat(windows.isEmpty()).isTrue();
  }

  @Test
  void intRingIsFirstInFirstOutAcrossGrowth() {
    IntRing ring = new IntRing();
    for (int i = 0; i < 10; i++) {
      ring.add(i);
    }
    for (int i = 0; i < 5; i++) {
      ring.poll();
    }
    for (int i = 10; i < 40; i++) {
      ring.add(i);
    }
    int[] out = new int[ring.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ring.poll();
    }
    assertThat(out).isEqualTo(java.util.stream.IntStream.range(5, 40).toArray());
    assertThatThrownBy(ring::poll).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void occupancyIntegratesOnlyOverTheMeasuredPeriod() {
    Occupancy o = new Occupancy(10, 20);
    o.change(5, 2); // 2 from 5
    o.change(12, 1); // 3 from 12
    o.change(15, -3); // 0 from 15
    o.change(18, 4); // 4 from 18
    o.advance(30);
    // [10,12): 2×2, [12,15): 3×3, [15,18): 0, [18,20): 4×2
    assertThat(o.area()).isEqualTo(4 + 9 + 8);
    assertThat(o.max()).isEqualTo(4);
  }

  @Test
  void recordPoolRefusesToGrowPastItsCapAndReusesSlots() {
    RecordPool pool = new RecordPool(2, 3);
    int a = pool.allocate();
    int b = pool.allocate();
    int c = pool.allocate();
    assertThat(pool.allocate()).isEqualTo(-1);
    pool.id(b, 77);
    pool.count(b, 9);
    pool.free(a);
    int d = pool.copy(b);
    assertThat(new long[] {d, pool.id(d), pool.count(d), pool.live()}).containsExactly(a, 77, 9, 3);
    assertThat(c).isNotIn(a, b);
  }
}

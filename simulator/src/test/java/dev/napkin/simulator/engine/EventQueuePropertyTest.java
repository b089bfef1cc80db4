package dev.napkin.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The event queue (heap plus far-future windows) hands out events exactly as a plain priority queue
 * ordered by (time, priority, sequence) would, for any mix of near and far delays, as events are
 * scheduled from the current time on, the way a simulation uses it.
 */
class EventQueuePropertyTest {
  /** One step: schedule an event {@code delay} after now, or (delay &lt; 0) take the next one. */
  record Step(long delay, int priority) {}

  record Pending(long time, int priority, long sequence, int slot) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Long> delay =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 1_000)),
            net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 50_000_000L)),
            net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 200_000_000_000L)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE / 4)),
            net.jqwik.api.Tuple.of(4, Arbitraries.just(-1L)));
    Arbitrary<Step> step =
        net.jqwik.api.Combinators.combine(delay, Arbitraries.integers().between(0, 3))
            .as(Step::new);
    return step.list().ofMaxSize(400);
  }

  @Property(tries = 300)
  void pollsInTheSameOrderAsAPlainPriorityQueue(@ForAll("steps") List<Step> steps) {
    EventQueue queue = new EventQueue(4);
    PriorityQueue<Pending> reference =
        new PriorityQueue<>(
            Comparator.comparingLong(Pending::time)
                .thenComparingInt(Pending::priority)
                .thenComparingLong(Pending::sequence));
    long now = 0;
    int slot = 0;
    for (Step step : steps) {
      if (step.delay() < 0) {
        if (reference.isEmpty()) {
          assertThat(queue.isEmpty()).isTrue();
          continue;
        }
        Pending expected = reference.poll();
        queue.poll();
        assertThat(queue.time()).isEqualTo(expected.time());
        assertThat(queue.slot()).isEqualTo(expected.slot());
        now = queue.time();
      } else {
        long time = now + step.delay();
        queue.schedule(time, step.priority(), 1, 7, slot);
        reference.add(new Pending(time, step.priority(), slot, slot));
        slot++;
      }
      assertThat(queue.size()).isEqualTo(reference.size());
    }
    while (!reference.isEmpty()) {
      Pending expected = reference.poll();
      queue.poll();
      assertThat(queue.time()).isEqualTo(expected.time());
      assertThat(queue.slot()).isEqualTo(expected.slot());
    }
  }

  /**
   * One step of the window-level property: schedule at an offset from now ({@code kind} 0), at an
   * absolute time next to a window edge of level {@code level} ({@code kind} 1), at the end of time
   * ({@code kind} 2), peek (3) or poll (4).
   */
  record LevelStep(int kind, long delay, int level, int windowsAhead, int nudge, int priority) {}

  @Provide
  Arbitrary<List<LevelStep>> levelSteps() {
    Arbitrary<Long> delay =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 3),
            Arbitraries.longs().between(0, 1L << 25),
            Arbitraries.longs().between(0, 1L << 34),
            Arbitraries.longs().between(0, 1L << 42),
            Arbitraries.longs().between(0, 1L << 50),
            Arbitraries.longs().between(0, 1L << 62));
    Arbitrary<Integer> kind =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(6, Arbitraries.just(1)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(2)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(3)),
            net.jqwik.api.Tuple.of(6, Arbitraries.just(4)));
    Arbitrary<LevelStep> step =
        net.jqwik.api.Combinators.combine(
                kind,
                delay,
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(-1, 1),
                Arbitraries.integers().between(0, 1))
            .as(LevelStep::new);
    return step.list().ofMaxSize(500);
  }

  /**
   * Same order as a plain priority queue when events land on every level of the far-future windows,
   * right next to window edges, at equal times and at Long.MAX_VALUE, as the windows are spread
   * into finer ones and moved into the heap.
   */
  @Property(tries = 300)
  void pollsInTheSameOrderAcrossEveryWindowLevel(@ForAll("levelSteps") List<LevelStep> steps) {
    EventQueue queue = new EventQueue(4);
    PriorityQueue<Pending> reference =
        new PriorityQueue<>(
            Comparator.comparingLong(Pending::time)
                .thenComparingInt(Pending::priority)
                .thenComparingLong(Pending::sequence));
    long now = 0;
    int slot = 0;
    for (LevelStep step : steps) {
      if (step.kind() >= 3) {
        if (reference.isEmpty()) {
          assertThat(queue.isEmpty()).isTrue();
          continue;
        }
        if (step.kind() == 3) {
          assertThat(queue.peekTime()).isEqualTo(reference.peek().time());
          continue;
        }
        Pending expected = reference.poll();
        queue.poll();
        assertThat(new long[] {queue.time(), queue.slot()})
            .containsExactly(expected.time(), expected.slot());
        now = queue.time();
        continue;
      }
      long time;
      if (step.kind() == 0) {
        time = now > Long.MAX_VALUE - step.delay() ? Long.MAX_VALUE : now + step.delay();
      } else if (step.kind() == 1) {
        int shift = 24 + 8 * step.level(); // the edges of FarEvents' windows
        long edge = ((now >>> shift) + step.windowsAhead()) << shift;
        time = edge < 0 ? Long.MAX_VALUE : Math.max(now, edge + step.nudge());
      } else {
        time = Long.MAX_VALUE - step.windowsAhead();
      }
      time = Math.max(now, time);
      queue.schedule(time, step.priority(), 1, 7, slot);
      reference.add(new Pending(time, step.priority(), slot, slot));
      slot++;
      assertThat(queue.size()).isEqualTo(reference.size());
    }
    while (!reference.isEmpty()) {
      Pending expected = reference.poll();
      queue.poll();
      assertThat(new long[] {queue.time(), queue.slot()})
          .containsExactly(expected.time(), expected.slot());
    }
    assertThat(queue.isEmpty()).isTrue();
  }
}

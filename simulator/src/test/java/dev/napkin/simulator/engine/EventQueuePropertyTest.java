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
}

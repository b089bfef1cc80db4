package dev.napkin.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {
  private record Event(long time, int priority, int seq, int type, int target, int slot) {}

  private static List<Event> drain(EventQueue queue) {
    List<Event> out = new ArrayList<>();
    while (!queue.isEmpty()) {
      queue.poll();
      out.add(new Event(queue.time(), 0, 0, queue.type(), queue.target(), queue.slot()));
    }
    return out;
  }

  @Test
  void pollsInTimeOrderWithTiesInSchedulingOrder() {
    EventQueue queue = new EventQueue(4);
    SplittableRandom random = new SplittableRandom(7);
    List<Event> scheduled = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      long time = random.nextLong(500); // many ties
      Event e = new Event(time, 0, i, i % 256, i % 1000, i);
      scheduled.add(e);
      queue.schedule(time, 0, e.type(), e.target(), e.slot());
    }
    List<Event> expected =
        scheduled.stream()
            .sorted(Comparator.comparingLong(Event::time).thenComparingInt(Event::seq))
            .map(e -> new Event(e.time(), 0, 0, e.type(), e.target(), e.slot()))
            .toList();

    assertThat(drain(queue)).isEqualTo(expected);
  }

  @Test
  void lowerPriorityGoesFirstAtEqualTime() {
    EventQueue queue = new EventQueue();
    queue.schedule(10, 2, 1, 0, 100);
    queue.schedule(10, 0, 2, 0, 200);
    queue.schedule(5, 9, 3, 0, 300);
    queue.schedule(10, 1, 4, 0, 400);

    assertThat(drain(queue)).extracting(Event::slot).containsExactly(300, 200, 400, 100);
  }

  @Test
  void interleavedPollsAndSchedulesMatchASortedReference() {
    EventQueue queue = new EventQueue(4);
    SplittableRandom random = new SplittableRandom(11);
    java.util.PriorityQueue<long[]> reference =
        new java.util.PriorityQueue<>(
            Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
    long seq = 0;
    long now;
    for (int i = 0; i < 100; i++) {
      long t = random.nextLong(1000);
      queue.schedule(t, 0, 0, 0, (int) seq);
      reference.add(new long[] {t, seq++});
    }
    for (int step = 0; step < 50_000; step++) {
      queue.poll();
      long[] want = reference.poll();
      assertThat(new long[] {queue.time(), queue.slot()}).containsExactly(want[0], want[1]);
      now = queue.time();
      int children = random.nextInt(3); // 0, 1 or 2 new events: the heap shrinks and grows
      if (reference.isEmpty()) {
        children = 2;
      }
      for (int c = 0; c < children; c++) {
        long t = now + random.nextLong(300);
        queue.schedule(t, 0, 0, 0, (int) seq);
        reference.add(new long[] {t, seq++});
      }
    }
    assertThat(queue.size()).isEqualTo(reference.size());
  }

  @Test
  void carriesTypeTargetAndNegativeSlotsIntact() {
    EventQueue queue = new EventQueue();
    queue.schedule(Long.MAX_VALUE - 1, 0, 255, EventQueue.MAX_TARGET, -5);
    queue.schedule(-3, 0, 0, 0, Integer.MIN_VALUE);

    queue.poll();
    assertThat(new long[] {queue.time(), queue.type(), queue.target(), queue.slot()})
        .containsExactly(-3, 0, 0, Integer.MIN_VALUE);
    queue.poll();
    assertThat(new long[] {queue.time(), queue.type(), queue.target(), queue.slot()})
        .containsExactly(Long.MAX_VALUE - 1, 255, EventQueue.MAX_TARGET, -5);
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void rejectsPayloadsThatDoNotFit() {
    EventQueue queue = new EventQueue();
    assertThatThrownBy(() -> queue.schedule(0, 0, 256, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.schedule(0, 0, 0, EventQueue.MAX_TARGET + 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.schedule(0, -1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pollingAnEmptyQueueFails() {
    EventQueue queue = new EventQueue();
    queue.schedule(1, 0, 0, 0, 0);
    queue.poll();
    assertThat(queue.isEmpty()).isTrue();
    assertThatThrownBy(queue::poll).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void takesEventsWaitingInACoarseWindowOnceTimeReachesIt() {
    long block = 1L << 32; // a level-1 window: 256 level-0 windows of 2^24 ns
    EventQueue queue = new EventQueue(4);
    queue.schedule(block - 1, 0, 0, 0, 1); // the last level-0 window of the first block
    queue.schedule(block + 5 * (1L << 24), 0, 0, 0, 2); // waits in the next block's window
    queue.poll(); // takes slot 1; the clock enters the next block
    queue.schedule(block + 10 * (1L << 24), 0, 0, 0, 3); // later, but scheduled afterwards
    queue.schedule(3 * block + 7, 0, 0, 0, 4);
    queue.schedule(Long.MAX_VALUE, 0, 0, 0, 5);

    assertThat(drain(queue))
        .extracting(Event::time, Event::slot)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(block + 5 * (1L << 24), 2),
            org.assertj.core.groups.Tuple.tuple(block + 10 * (1L << 24), 3),
            org.assertj.core.groups.Tuple.tuple(3 * block + 7, 4),
            org.assertj.core.groups.Tuple.tuple(Long.MAX_VALUE, 5));
  }

  @Test
  void holdModelWithAMillionSecondMeanMatchesASortedReferenceAndReusesItsMemory() {
    // delays far beyond the finest windows: most events wait in coarse windows and are spread
    EventQueue queue = new EventQueue(4);
    SplittableRandom random = new SplittableRandom(3);
    java.util.PriorityQueue<long[]> reference =
        new java.util.PriorityQueue<>(
            Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
    double mean = 1e15;
    int seq = 0;
    for (; seq < 5_000; seq++) {
      long t = (long) (-mean * Math.log(1 - random.nextDouble()));
      queue.schedule(t, 0, 0, 0, seq);
      reference.add(new long[] {t, seq});
    }
    long chunksAfterWarmUp = 0;
    for (int step = 0; step < 200_000; step++) {
      queue.poll();
      long[] want = reference.poll();
      assertThat(new long[] {queue.time(), queue.slot()}).containsExactly(want[0], want[1]);
      long t = queue.time() + (long) (-mean * Math.log(1 - random.nextDouble()));
      queue.schedule(t, 0, 0, 0, seq);
      reference.add(new long[] {t, seq++});
      if (step == 50_000) {
        chunksAfterWarmUp = queue.farChunks();
      }
    }
    assertThat(queue.farChunks()).isLessThanOrEqualTo(chunksAfterWarmUp + 64);
  }

  @Test
  void clearForgetsNearAndFarEventsAndTheQueueWorksOnAfterwards() {
    EventQueue queue = new EventQueue(4);
    for (int i = 0; i < 1_000; i++) {
      queue.schedule((long) i << (i % 40), 0, 0, 0, i); // near, and on every level of the wheel
    }
    queue.poll();
    queue.clear();
    assertThat(queue.isEmpty()).isTrue();

    queue.schedule(1L << 45, 0, 0, 0, 7);
    queue.schedule(1L << 30, 0, 0, 0, 8);
    queue.schedule(5, 0, 0, 0, 9);
    assertThat(drain(queue))
        .extracting(Event::time, Event::slot)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5L, 9),
            org.assertj.core.groups.Tuple.tuple(1L << 30, 8),
            org.assertj.core.groups.Tuple.tuple(1L << 45, 7));
  }
}

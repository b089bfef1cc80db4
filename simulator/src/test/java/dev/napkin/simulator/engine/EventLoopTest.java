package dev.napkin.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class EventLoopTest {

  @Test
  void handlesEventsUpToTheEndTimeAndLeavesTheRest() {
    EventLoop loop = new EventLoop();
    List<Long> seen = new ArrayList<>();
    for (long t = 0; t <= 100; t += 10) {
      loop.schedule(t, 0, 0, 0, (int) t);
    }
    loop.run((type, target, slot) -> seen.add(loop.now()), 55, RunControl.none());

    assertThat(seen).containsExactly(0L, 10L, 20L, 30L, 40L, 50L);
    assertThat(loop.now()).isEqualTo(55);
    assertThat(loop.pending()).isEqualTo(5);
    assertThat(loop.processed()).isEqualTo(6);
  }

  @Test
  void handlersScheduleFollowUpEvents() {
    EventLoop loop = new EventLoop();
    List<Integer> slots = new ArrayList<>();
    loop.schedule(0, 0, 0, 0, 0);
    loop.run(
        (type, target, slot) -> {
          slots.add(slot);
          if (slot < 4) {
            loop.schedule(loop.now() + 1, 0, 0, 0, slot + 1);
          }
        },
        1_000,
        RunControl.none());

    assertThat(slots).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void rejectsEventsInThePast() {
    EventLoop loop = new EventLoop();
    loop.schedule(10, 0, 0, 0, 0);
    loop.run(
        (type, target, slot) ->
            assertThatThrownBy(() -> loop.schedule(9, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class),
        100,
        RunControl.none());
    assertThat(loop.processed()).isEqualTo(1);
  }

  @Test
  void stopEndsTheRunAfterTheCurrentEvent() {
    EventLoop loop = new EventLoop();
    for (int i = 0; i < 10; i++) {
      loop.schedule(i, 0, 0, 0, i);
    }
    loop.run(
        (type, target, slot) -> {
          if (slot == 3) {
            loop.stop();
          }
        },
        100,
        RunControl.none());

    assertThat(loop.processed()).isEqualTo(4);
    assertThat(loop.now()).isEqualTo(3);
  }

  @Test
  void reportsProgressAsAShareOfSimulatedTimeAndStopsWhenCancelled() {
    EventLoop loop = new EventLoop();
    List<Double> progress = new ArrayList<>();
    AtomicBoolean cancelled = new AtomicBoolean();
    RunControl control = new RunControl(progress::add, cancelled);
    loop.schedule(0, 0, 0, 0, 0);
    EventLoop.Handler forever =
        (type, target, slot) -> {
          if (loop.processed() == 3 * EventLoop.CHECK_EVERY) {
            control.cancel();
          }
          loop.schedule(loop.now() + 1, 0, 0, 0, 0);
        };

    assertThatThrownBy(() -> loop.run(forever, 1_000_000, control))
        .isInstanceOf(CancellationException.class);
    assertThat(progress)
        .containsExactly(
            (EventLoop.CHECK_EVERY - 1) / 1e6,
            (2 * EventLoop.CHECK_EVERY - 1) / 1e6,
            (3 * EventLoop.CHECK_EVERY - 1) / 1e6);
  }
}

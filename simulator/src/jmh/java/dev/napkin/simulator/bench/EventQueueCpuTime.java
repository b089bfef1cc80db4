package dev.napkin.simulator.bench;

import dev.napkin.simulator.engine.EventQueue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * The bodies of {@link EventQueueBenchmark} timed in this thread's CPU time instead of wall time:
 * on a machine shared with other builds, JMH's wall-clock scores mostly measure how often the
 * thread got a core; CPU time is what makes old and new comparable there (cache refills after
 * being descheduled still count). Not a replacement for JMH on an idle machine.
 *
 * <pre>
 * java -cp simulator/target/benchmarks.jar dev.napkin.simulator.bench.EventQueueCpuTime [pending]
 * </pre>
 */
public final class EventQueueCpuTime {
  private static final int ROUNDS = 5;

  private EventQueueCpuTime() {}

  public static void main(String[] args) {
    int pending = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    // the hold model, as EventQueueBenchmark.holdModel: mean delay 1 ms per pending event
    SplittableRandom random = new SplittableRandom(42);
    double mean = 1e6 * pending;
    EventQueue queue = new EventQueue(pending);
    for (int i = 0; i < pending; i++) {
      queue.schedule(EventQueueBenchmark.exp(random, mean), 0, 0, 0, i);
    }
    long checksum = 0;
    int holdEvents = 2_000_000;
    for (int round = 0; round < ROUNDS; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < holdEvents; i++) {
        queue.poll();
        checksum += queue.slot();
        queue.schedule(queue.time() + EventQueueBenchmark.exp(random, mean), 0, 0, 0, queue.slot());
      }
      report("holdModel (" + pending + " pending)", round, holdEvents, threads, start);
    }

    EventQueueBenchmark.Mm1 mm1 = new EventQueueBenchmark.Mm1(new SplittableRandom(7));
    int mm1Events = 10_000_000;
    for (int round = 0; round < ROUNDS; round++) {
      long start = threads.getCurrentThreadCpuTime();
      checksum += mm1.runEvents(mm1Events);
      report("mm1EventLoop", round, mm1Events, threads, start);
    }
    System.out.println("checksum " + checksum);
  }

  private static void report(String name, int round, int events, ThreadMXBean threads, long from) {
    double nanos = threads.getCurrentThreadCpuTime() - from;
    System.out.printf(
        "%s round %d: %.1f ns/event CPU, %.2f M events/s%n",
        name, round, nanos / events, events * 1e3 / nanos);
  }
}

package dev.napkin.simulator.bench;

import dev.napkin.simulator.engine.EventLoop;
import dev.napkin.simulator.engine.EventQueue;
import dev.napkin.simulator.engine.RunControl;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Events per second of the engine core. Scores are operations per second where one operation is
 * one event taken from the future-event list and handled.
 *
 * <ul>
 *   <li>{@code mm1EventLoop}: an M/M/1 queue (ρ = 0.8) driven through {@link EventLoop}: arrival
 *       and departure events, a handler, progress checks. Few events are pending.
 *   <li>{@code holdModel}: the classic hold model on the bare {@link EventQueue}: take the next
 *       event, schedule one at now + Exp, with {@code pending} events always waiting.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventQueueBenchmark {
  private static final int BATCH = 100_000;
  private static final int ARRIVAL = 0;
  private static final int DEPARTURE = 1;

  @Param({"1000000"})
  public int pending;

  private SplittableRandom random;
  private EventQueue holdQueue;
  private double holdMeanNanos;
  private Mm1 mm1;

  @Setup(Level.Trial)
  public void setUp() {
    random = new SplittableRandom(42);
    holdQueue = new EventQueue(pending);
    holdMeanNanos = 1e6;
    for (int i = 0; i < pending; i++) {
      holdQueue.schedule(exp(random, holdMeanNanos * pending), 0, 0, 0, i);
    }
    mm1 = new Mm1(new SplittableRandom(7));
  }

  static long exp(SplittableRandom random, double mean) {
    return (long) (-mean * StrictMath.log(1.0 - random.nextDouble()));
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long holdModel() {
    EventQueue q = holdQueue;
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      q.poll();
      long now = q.time();
      sum += q.slot();
      q.schedule(now + exp(random, holdMeanNanos * pending), 0, 0, 0, q.slot());
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long mm1EventLoop() {
    return mm1.runEvents(BATCH);
  }

  /** λ = 800/s, μ = 1000/s. */
  static final class Mm1 implements EventLoop.Handler {
    private final EventLoop loop = new EventLoop();
    private final SplittableRandom random;
    private long queued;
    private long budget;
    private long served;

    Mm1(SplittableRandom random) {
      this.random = random;
      loop.schedule(0, 1, ARRIVAL, 0, 0);
    }

    long runEvents(int count) {
      budget = count;
      loop.run(this, Long.MAX_VALUE, RunControl.none());
      return served;
    }

    @Override
    public void handle(int type, int target, int slot) {
      long now = loop.now();
      if (type == ARRIVAL) {
        loop.schedule(now + exp(random, 1.25e6), 1, ARRIVAL, 0, 0);
        if (queued++ == 0) {
          loop.schedule(now + exp(random, 1e6), 0, DEPARTURE, 0, 0);
        }
      } else {
        served++;
        if (--queued > 0) {
          loop.schedule(now + exp(random, 1e6), 0, DEPARTURE, 0, 0);
        }
      }
      if (--budget == 0) {
        loop.stop();
      }
    }
  }
}

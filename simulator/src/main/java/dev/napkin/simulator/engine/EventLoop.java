package dev.napkin.simulator.engine;

/**
 * The simulation clock and its future-event list. Time is an integer count of nanoseconds. {@link
 * #run} takes events in order and hands each to the handler; every {@value #CHECK_EVERY} events it
 * reports progress (share of simulated time) to the {@link RunControl}, which throws once the run
 * is cancelled.
 */
public final class EventLoop {
  /** Events between two progress reports (and cancellation checks). */
  public static final int CHECK_EVERY = 4096;

  /** Reacts to one event; may schedule more through the loop. */
  @FunctionalInterface
  public interface Handler {
    void handle(int type, int target, int slot);
  }

  private final EventQueue queue;
  private long now;
  private long processed;
  private boolean stopped;

  public EventLoop() {
    this(new EventQueue());
  }

  public EventLoop(EventQueue queue) {
    this.queue = queue;
  }

  /** The current simulated time in nanoseconds. */
  public long now() {
    return now;
  }

  /** Events handled so far. */
  public long processed() {
    return processed;
  }

  public int pending() {
    return queue.size();
  }

  /** Schedules an event at {@code time}, which may not be in the past. */
  public void schedule(long time, int priority, int type, int target, int slot) {
    if (time < now) {
      throw new IllegalArgumentException("event in the past: " + time + " < " + now);
    }
    queue.schedule(time, priority, type, target, slot);
  }

  /** Asks the current {@link #run} to return after the current event. */
  public void stop() {
    stopped = true;
  }

  public boolean stopped() {
    return stopped;
  }

  /**
   * Handles events in order until none is left at or before {@code until}, or until {@link #stop()}
   * is called. The clock ends at {@code until} unless stopped earlier.
   */
  public void run(Handler handler, long until, RunControl control) {
    stopped = false;
    long start = now;
    double span = Math.max(1, until - start);
    long countdown = CHECK_EVERY;
    EventQueue q = queue;
    while (!stopped && !q.isEmpty() && q.peekTime() <= until) {
      q.poll();
      now = q.time();
      handler.handle(q.type(), q.target(), q.slot());
      processed++;
      if (--countdown == 0) {
        countdown = CHECK_EVERY;
        control.checkpoint((now - start) / span);
      }
    }
    if (!stopped) {
      now = Math.max(now, until);
    }
    control.checkpoint(1.0);
  }
}

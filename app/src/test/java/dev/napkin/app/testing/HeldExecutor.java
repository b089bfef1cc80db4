package dev.napkin.app.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor that only queues: the test runs the work when it chooses, on its own thread. */
public final class HeldExecutor implements Executor {
  private final Deque<Runnable> queued = new ArrayDeque<>();

  @Override
  public synchronized void execute(Runnable work) {
    queued.addLast(work);
  }

  public synchronized int waiting() {
    return queued.size();
  }

  /** Runs everything queued so far, and whatever that queues, in order. */
  public void runAll() {
    Runnable next;
    while ((next = poll()) != null) {
      next.run();
    }
  }

  private synchronized Runnable poll() {
    return queued.pollFirst();
  }
}

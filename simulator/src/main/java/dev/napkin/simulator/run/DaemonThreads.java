package dev.napkin.simulator.run;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Worker threads that never keep the JVM alive, named {@code PREFIX-POOL-N} for thread dumps. */
public final class DaemonThreads {
  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private DaemonThreads() {}

  public static ThreadFactory named(String prefix) {
    int pool = POOL_NUMBER.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

package dev.napkin.model.flow;

import dev.napkin.model.unit.Duration;

/** An aggregate's event-time window. For tumbling windows {@code slide} equals {@code size}. */
public record Window(Type type, Duration size, Duration slide, Duration allowedLateness) {

  /** Tumbling windows tile time; sliding windows overlap, one starting every {@code slide}. */
  public enum Type implements SpecName {
    TUMBLING,
    SLIDING;

    @Override
    public String specName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static Window tumbling(Duration size, Duration allowedLateness) {
    return new Window(Type.TUMBLING, size, size, allowedLateness);
  }

  public static Window sliding(Duration size, Duration slide, Duration allowedLateness) {
    return new Window(Type.SLIDING, size, slide, allowedLateness);
  }
}

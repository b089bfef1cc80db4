package dev.napkin.model.spec;

import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an aggregate's {@code window}: tumbling (slide = size) or sliding (needs slide). */
final class WindowReader {
  private static final Variants FORMS = new Variants("type", keys(), "a window type");

  private WindowReader() {}

  private static Map<String, List<String>> keys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("tumbling", List.of("size", "allowedLateness"));
    keys.put("sliding", List.of("size", "slide", "allowedLateness"));
    return keys;
  }

  static Optional<Window> read(SpecNode node, String path, Values values) {
    Optional<MapReader> map =
        MapReader.of(node, path, values, "a window (e.g. {type: tumbling, size: 1m})");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader m = map.get();
    Optional<String> type = FORMS.read(m, List.of());
    Optional<Duration> size =
        m.require("size", "a window needs its size, a duration")
            ? m.duration("size")
            : Optional.empty();
    Duration lateness = m.duration("allowedLateness", Duration.ZERO);
    if (type.isEmpty() || size.isEmpty()) {
      return Optional.empty();
    }
    if (type.get().equals("tumbling")) {
      return Optional.of(Window.tumbling(size.get(), lateness));
    }
    Optional<Duration> slide =
        m.require("slide", "a sliding window needs slide, the time between window starts")
            ? m.duration("slide")
            : Optional.empty();
    return slide.map(s -> Window.sliding(size.get(), s, lateness));
  }
}

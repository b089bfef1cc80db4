package dev.napkin.model.spec;

import dev.napkin.model.flow.Profile;
import dev.napkin.model.unit.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a source's {@code profile}: constant, diurnal, bursts or trace. */
final class ProfileReader {
  private static final Variants FORMS = new Variants("type", keys(), "a profile");

  private ProfileReader() {}

  private static Map<String, List<String>> keys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("constant", List.of());
    keys.put("diurnal", List.of("peak", "peakAt"));
    keys.put("bursts", List.of("every", "duration", "factor"));
    keys.put("trace", List.of("file"));
    return keys;
  }

  static Optional<Profile> read(SpecNode node, String path, Values values) {
    Optional<MapReader> map =
        MapReader.of(
            node, path, values, "a profile (e.g. {type: diurnal, peak: 1.8, peakAt: 14:00})");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader m = map.get();
    return FORMS
        .read(m, List.of())
        .flatMap(
            form ->
                switch (form) {
                  case "constant" -> Optional.of(Profile.CONSTANT);
                  case "diurnal" -> diurnal(m);
                  case "bursts" -> bursts(m);
                  default -> trace(m);
                });
  }

  private static Optional<Profile> diurnal(MapReader m) {
    Optional<Double> peak =
        m.require("peak", "a diurnal profile needs peak, the peak-to-mean ratio from 1 to 2")
            ? m.decimal("peak")
            : Optional.empty();
    Optional<Duration> peakAt =
        m.require("peakAt", "a diurnal profile needs peakAt, the time of day of the peak (14:00)")
            ? m.get("peakAt")
                .flatMap(
                    v ->
                        m.values()
                            .unit(
                                v,
                                m.pathOf("peakAt"),
                                "a time of day (e.g. \"14:00\")",
                                TimeOfDay::parse))
            : Optional.empty();
    return peak.flatMap(p -> peakAt.map(at -> new Profile.Diurnal(p, at)));
  }

  private static Optional<Profile> bursts(MapReader m) {
    Optional<Duration> every =
        m.require("every", "a bursts profile needs every, the time between bursts")
            ? m.duration("every")
            : Optional.empty();
    Optional<Duration> duration =
        m.require("duration", "a bursts profile needs duration, how long a burst lasts")
            ? m.duration("duration")
            : Optional.empty();
    Optional<Double> factor =
        m.require("factor", "a bursts profile needs factor, the rate multiplier during a burst")
            ? m.decimal("factor")
            : Optional.empty();
    return every.flatMap(e -> duration.flatMap(d -> factor.map(f -> new Profile.Bursts(e, d, f))));
  }

  private static Optional<Profile> trace(MapReader m) {
    return m.require("file", "a trace profile needs file, a CSV beside the spec")
        ? m.text("file").map(Profile.Trace::new)
        : Optional.empty();
  }
}

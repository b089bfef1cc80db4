package dev.napkin.app.inspector;

import static dev.napkin.app.inspector.NodeFields.WORKLOAD;

import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.SpecName;
import dev.napkin.model.unit.DataSize;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A source's workload: rate, arrivals, profile, record size, lateness. */
final class SourceFields {
  private static final List<String> PROFILES = List.of("constant", "diurnal", "bursts", "trace");

  private SourceFields() {}

  static List<Field> of(Source s) {
    List<Field> fields = new ArrayList<>();
    fields.add(
        NodeFields.edit(
            WORKLOAD,
            "Rate",
            "Mean arrival rate, e.g. 2k/s, 120/min",
            s,
            s.rate().toString(),
            t -> with(s, Rate.parse(t), s.arrivals(), s.profile(), s.recordSize(), s.lateness())));
    fields.add(
        NodeFields.pick(
            WORKLOAD,
            "Arrivals",
            "How records are spaced",
            s,
            s.arrivals().specName(),
            names(Arrivals.class),
            t ->
                with(
                    s,
                    s.rate(),
                    Inputs.choice(Arrivals.class, t),
                    s.profile(),
                    s.recordSize(),
                    s.lateness())));
    fields.add(
        NodeFields.pick(
            WORKLOAD,
            "Profile",
            "How the rate varies over the day",
            s,
            s.profile().specName(),
            PROFILES,
            t ->
                with(
                    s,
                    s.rate(),
                    s.arrivals(),
                    profile(s.profile(), t),
                    s.recordSize(),
                    s.lateness())));
    fields.addAll(profileFields(s));
    fields.add(
        NodeFields.edit(
            WORKLOAD,
            "Record size",
            "Size of one record, e.g. 1KiB, 512B",
            s,
            s.recordSize().toString(),
            t -> with(s, s.rate(), s.arrivals(), s.profile(), DataSize.parse(t), s.lateness())));
    fields.add(
        NodeFields.edit(
            WORKLOAD,
            "Lateness",
            "Event time → arrival delay; blank for none. " + DistributionText.FORMS,
            s,
            s.lateness().map(DistributionText::format).orElse(""),
            t ->
                with(
                    s,
                    s.rate(),
                    s.arrivals(),
                    s.profile(),
                    s.recordSize(),
                    t.isBlank() ? Optional.empty() : Optional.of(DistributionText.parse(t)))));
    return fields;
  }

  private static List<Field> profileFields(Source s) {
    if (s.profile() instanceof Profile.Diurnal d) {
      return List.of(
          NodeFields.edit(
              WORKLOAD,
              "Peak",
              "Peak rate / mean rate, 1 to 2",
              s,
              Inputs.plain(d.peak()),
              t -> withProfile(s, new Profile.Diurnal(Inputs.number("peak", t, 1, 2), d.peakAt()))),
          NodeFields.edit(
              WORKLOAD,
              "Peak at",
              "Time of day of the peak, e.g. 14:00",
              s,
              clock(d.peakAt()),
              t -> withProfile(s, new Profile.Diurnal(d.peak(), timeOfDay(t)))));
    }
    if (s.profile() instanceof Profile.Bursts b) {
      return List.of(
          NodeFields.edit(
              WORKLOAD,
              "Burst every",
              "Time between bursts",
              s,
              b.every().toString(),
              t -> withProfile(s, new Profile.Bursts(Duration.parse(t), b.duration(), b.factor()))),
          NodeFields.edit(
              WORKLOAD,
              "Burst duration",
              "How long a burst lasts",
              s,
              b.duration().toString(),
              t -> withProfile(s, new Profile.Bursts(b.every(), Duration.parse(t), b.factor()))),
          NodeFields.edit(
              WORKLOAD,
              "Burst factor",
              "Rate × factor during a burst",
              s,
              Inputs.plain(b.factor()),
              t ->
                  withProfile(
                      s,
                      new Profile.Bursts(
                          b.every(), b.duration(), Inputs.number("factor", t, 1, 1000)))));
    }
    if (s.profile() instanceof Profile.Trace tr) {
      return List.of(
          NodeFields.edit(
              WORKLOAD,
              "Trace file",
              "CSV beside the spec",
              s,
              tr.file(),
              t -> withProfile(s, new Profile.Trace(requireText(t)))));
    }
    return List.of();
  }

  private static Profile profile(Profile current, String name) {
    if (name.equals(current.specName())) {
      return current;
    }
    return switch (name) {
      case "constant" -> Profile.CONSTANT;
      case "diurnal" -> new Profile.Diurnal(1.5, Duration.ofHours(14));
      case "bursts" -> new Profile.Bursts(Duration.ofHours(1), Duration.ofMinutes(5), 3);
      case "trace" -> new Profile.Trace("trace.csv");
      default ->
          throw new IllegalArgumentException(
              "\"" + name + "\" is not one of " + String.join(" | ", PROFILES));
    };
  }

  private static String clock(Duration timeOfDay) {
    long minutes = timeOfDay.nanos() / 60_000_000_000L;
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }

  private static Duration timeOfDay(String text) {
    String[] parts = text.strip().split(":");
    try {
      int h = Integer.parseInt(parts[0]);
      int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      if (parts.length <= 2 && h >= 0 && h < 24 && m >= 0 && m < 60) {
        return Duration.ofMinutes(h * 60L + m);
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a time of day (try 14:00)");
  }

  private static String requireText(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("a trace needs a file name");
    }
    return text.strip();
  }

  static <E extends Enum<E> & SpecName> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(SpecName::specName).toList();
  }

  private static Source withProfile(Source s, Profile p) {
    return with(s, s.rate(), s.arrivals(), p, s.recordSize(), s.lateness());
  }

  private static Source with(
      Source s,
      Rate rate,
      Arrivals arrivals,
      Profile profile,
      DataSize size,
      Optional<dev.napkin.model.dist.Distribution> lateness) {
    return new Source(s.id(), s.name(), s.tech(), rate, arrivals, profile, size, lateness);
  }
}

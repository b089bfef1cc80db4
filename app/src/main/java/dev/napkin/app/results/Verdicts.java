package dev.napkin.app.results;

import dev.napkin.app.editor.RunStatus;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;

/**
 * A sink's SLA verdict in words: short for a cell ({@code ✓ 57 s spare}, {@code ✗ 3.1 min over}),
 * long for a tooltip (the percentile, its upper bound, the target, the margin and what drove it).
 */
final class Verdicts {
  private Verdicts() {}

  static RunStatus status(SinkResult sink, boolean stable) {
    if (!stable) {
      return RunStatus.UNSTABLE;
    }
    if (!sink.sla().hasTarget()) {
      return RunStatus.NEUTRAL;
    }
    return sink.slaMet() ? RunStatus.MET : RunStatus.MISSED;
  }

  /**
   * {@code ✓ 57 s spare}, {@code ✗ 3.1 min over (1.6×)}, {@code ✗ 57 s spare, completeness missed},
   * {@code ✗ unstable}, {@code no SLA}.
   */
  static String text(SinkResult sink, boolean stable) {
    if (!stable) {
      return "✗ unstable";
    }
    if (!sink.sla().hasTarget()) {
      return "no SLA";
    }
    String mark = sink.slaMet() ? "✓" : "✗";
    if (sink.slaTarget().isEmpty()) {
      return mark + (sink.slaMet() ? " met" : " missed") + " (completeness)";
    }
    if (sink.slaLatency().isEmpty()) {
      return "✗ no results";
    }
    double margin = sink.slaTarget().get().seconds() - sink.slaLatency().get().high();
    String byLatency =
        margin >= 0
            ? Wording.duration(margin) + " spare"
            : Wording.duration(-margin) + " over (" + Wording.times(sink.latencyMiss()) + ")";
    String completeness = sink.completenessMiss() > 1 ? ", completeness missed" : "";
    return mark + " " + byLatency + completeness;
  }

  /** The verdict with what it was judged on, for a tooltip. */
  static String explain(SinkResult sink, ModeResult mode) {
    StringBuilder out = new StringBuilder();
    if (!mode.stable()) {
      out.append("Unstable: ").append(mode.instability().orElseThrow()).append(".\n");
    }
    if (sink.slaTarget().isPresent()) {
      Duration target = sink.slaTarget().get();
      out.append(Wording.percentile(sink.percentile()))
          .append(" target ")
          .append(Wording.duration(target.seconds()));
      sink.slaLatency()
          .ifPresent(
              e ->
                  out.append(": measured ")
                      .append(Wording.duration(e.mean()))
                      .append(
                          e.n() > 1
                              ? ", upper 95 % bound " + Wording.duration(e.high())
                              : " (one replication: no interval)"));
      out.append('\n');
    }
    sink.sla()
        .completeness()
        .ifPresent(
            c ->
                out.append("completeness target ")
                    .append(Wording.percent(c.value()))
                    .append(": measured ")
                    .append(Wording.percent(sink.completeness().mean()))
                    .append(", lower 95 % bound ")
                    .append(Wording.percent(sink.completeness().low()))
                    .append('\n'));
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "%d results, %d late, %d dropped; %d replication%s",
            sink.records(),
            sink.late(),
            sink.dropped(),
            mode.replications(),
            mode.replications() == 1 ? "" : "s"));
    return out.toString();
  }
}

package dev.napkin.app.results;

import dev.napkin.app.editor.RunStatus;
import dev.napkin.model.flow.NodeId;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import java.util.List;
import java.util.Optional;

/**
 * One row of the comparison table: a mode's figures at one sink, as the table shows them (rounded,
 * with units), with the verdict's status for its color and a sentence for its tooltip.
 */
public record ModeRow(
    String mode,
    String p50,
    String p95,
    String p99,
    String sla,
    RunStatus verdict,
    String verdictDetail,
    String attainment,
    String completeness,
    String costPerMonth,
    String state,
    RunStatus stateStatus) {

  public static final List<String> HEADERS =
      List.of("mode", "p50", "p95", "p99", "SLA", "attainment", "completeness", "cost/mo", "state");

  private static final String NONE = "—";

  /** The row for {@code mode} at {@code sink}; a sink the mode did not report shows dashes. */
  public static ModeRow of(ModeResult mode, NodeId sink) {
    Optional<SinkResult> found = mode.sink(sink);
    String cost = Wording.usd(mode.costPerMonthUsd());
    String state = state(mode);
    RunStatus stateStatus =
        !mode.stable()
            ? RunStatus.UNSTABLE
            : mode.fallingBehind() ? RunStatus.WARNING : RunStatus.NEUTRAL;
    if (found.isEmpty()) {
      return new ModeRow(
          mode.mode(),
          NONE,
          NONE,
          NONE,
          NONE,
          RunStatus.NEUTRAL,
          "",
          NONE,
          NONE,
          cost,
          state,
          stateStatus);
    }
    SinkResult s = found.get();
    var latency = s.latency();
    return new ModeRow(
        mode.mode(),
        latency.map(l -> Wording.duration(l.p50().mean())).orElse(NONE),
        latency.map(l -> Wording.duration(l.p95().mean())).orElse(NONE),
        latency.map(l -> Wording.duration(l.p99().mean())).orElse(NONE),
        Verdicts.text(s, mode.stable()),
        Verdicts.status(s, mode.stable()),
        Verdicts.explain(s, mode),
        s.slaAttainment().map(Wording::percent).orElse(NONE),
        completeness(s),
        cost,
        state,
        stateStatus);
  }

  private static String completeness(SinkResult s) {
    String value = Wording.percent(s.completeness().mean());
    return s.sla()
        .completeness()
        .map(target -> value + " (≥ " + Wording.percent(target.value()) + ")")
        .orElse(value);
  }

  private static String state(ModeResult mode) {
    if (!mode.stable()) {
      return "unstable";
    }
    return mode.fallingBehind() ? "falling behind" : "stable";
  }

  /** The row's cells in column order. */
  public List<String> cells() {
    return List.of(
        ModeNames.label(mode), p50, p95, p99, sla, attainment, completeness, costPerMonth, state);
  }
}

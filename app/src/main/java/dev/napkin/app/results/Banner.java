package dev.napkin.app.results;

import dev.napkin.app.editor.RunStatus;
import dev.napkin.simulator.result.ModeComparison;
import dev.napkin.simulator.result.Recommendation;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.Wording;
import java.util.ArrayList;
import java.util.List;

/**
 * The recommendation at a glance: a headline naming the mode to pick (or that none meets every
 * SLA), why, and one line per other mode on how far it misses or overspends.
 */
public record Banner(
    String mode, String headline, String why, List<String> others, RunStatus status) {
  public Banner {
    others = List.copyOf(others);
  }

  static Banner of(SimulationResult result, Recommendation r) {
    String cost =
        result.mode(r.mode()).map(m -> Wording.usd(m.costPerMonthUsd()) + "/mo").orElse("");
    boolean stable = result.mode(r.mode()).map(m -> m.stable()).orElse(false);
    String headline;
    RunStatus status;
    if (r.meetsAllSlas()) {
      headline = "Pick " + r.mode() + ": the cheapest mode that meets every SLA, " + cost;
      status = RunStatus.MET;
    } else if (stable) {
      headline = "No mode meets every SLA: " + r.mode() + " comes closest, " + cost;
      status = RunStatus.MISSED;
    } else {
      headline = "Every mode is unstable: add parallelism to the overloaded stage";
      status = RunStatus.UNSTABLE;
    }
    List<String> others = new ArrayList<>();
    String why = r.reason();
    for (ModeComparison other : r.others()) {
      others.add(other.summary());
      why = why.replace(other.summary(), "");
    }
    int only = why.indexOf(" Only ");
    String note = only >= 0 ? why.substring(only).strip() : "";
    why = (only >= 0 ? why.substring(0, only) : why).strip();
    if (!note.isEmpty()) {
      others.add(note);
    }
    return new Banner(r.mode(), headline, why, others, status);
  }
}

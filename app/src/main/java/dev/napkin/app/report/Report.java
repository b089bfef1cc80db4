package dev.napkin.app.report;

import dev.napkin.simulator.result.SimulationResult;

/** One output format of {@code napkin simulate}: the whole document as text. */
public interface Report {
  String render(SimulationResult result);
}

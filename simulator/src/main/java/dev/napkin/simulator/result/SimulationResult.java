package dev.napkin.simulator.result;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sla;
import dev.napkin.simulator.cost.ResolvedPrices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a simulation produced: the flow and the settings used (after command-line overrides),
 * the prices billed, one result per mode in the order requested, the recommendation (when a
 * candidate mode was run), warnings for the reader, and the fidelity the runs used (the settings'
 * {@code auto} resolved to exact or aggregate).
 */
public record SimulationResult(
    Flow flow,
    SimulationSettings settings,
    ResolvedPrices prices,
    List<ModeResult> modes,
    Optional<Recommendation> recommendation,
    List<String> warnings,
    SimulationSettings.Fidelity fidelity) {

  public SimulationResult {
    modes = List.copyOf(modes);
    warnings = List.copyOf(warnings);
    if (fidelity == SimulationSettings.Fidelity.AUTO) {
      throw new IllegalArgumentException("a result was simulated exact or aggregate, not auto");
    }
  }

  /** A result simulated at exact fidelity. */
  public SimulationResult(
      Flow flow,
      SimulationSettings settings,
      ResolvedPrices prices,
      List<ModeResult> modes,
      Optional<Recommendation> recommendation,
      List<String> warnings) {
    this(
        flow, settings, prices, modes, recommendation, warnings, SimulationSettings.Fidelity.EXACT);
  }

  /** Builds the result and its recommendation from assembled modes (simulated exact). */
  public static SimulationResult of(
      Flow flow,
      SimulationSettings settings,
      ResolvedPrices prices,
      List<ModeResult> modes,
      List<String> warnings) {
    return of(flow, settings, prices, modes, warnings, SimulationSettings.Fidelity.EXACT);
  }

  /**
   * Builds the result and its recommendation from assembled modes simulated at {@code fidelity}
   * (the one used: exact or aggregate, never auto).
   */
  public static SimulationResult of(
      Flow flow,
      SimulationSettings settings,
      ResolvedPrices prices,
      List<ModeResult> modes,
      List<String> warnings,
      SimulationSettings.Fidelity fidelity) {
    return new SimulationResult(
        flow,
        settings,
        prices,
        modes,
        new Recommender(flow, prices).recommend(modes),
        warnings,
        fidelity);
  }

  public String flowName() {
    return flow.name();
  }

  public long seed() {
    return settings.seed();
  }

  public Optional<ModeResult> mode(String name) {
    return modes.stream().filter(m -> m.mode().equals(name)).findFirst();
  }

  /**
   * The same runs with one sink judged against another SLA, in every mode, and the recommendation
   * made again: no simulation needed.
   */
  public SimulationResult withSla(NodeId sink, Sla sla) {
    List<ModeResult> judged = modes.stream().map(m -> m.withSla(sink, sla)).toList();
    return new SimulationResult(
        flow,
        settings,
        prices,
        judged,
        new Recommender(flow, prices).recommend(judged),
        warnings,
        fidelity);
  }

  /** The same result with more warnings after these. */
  public SimulationResult withWarnings(List<String> more) {
    List<String> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new SimulationResult(flow, settings, prices, modes, recommendation, all, fidelity);
  }
}

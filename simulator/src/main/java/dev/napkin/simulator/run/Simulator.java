package dev.napkin.simulator.run;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings.Fidelity;
import dev.napkin.simulator.cost.MonthlyCost;
import dev.napkin.simulator.cost.ResolvedPrices;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.PeakLoad;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.ModeResultAssembler;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs every requested mode × replication in parallel over a fixed number of threads and assembles
 * one {@link SimulationResult}. Results are put together by (mode, replication) index, so they do
 * not depend on which thread ran what or when. Progress (the mean share done over all replications)
 * and cancellation go through the caller's {@link RunControl}, polled on the calling thread; a
 * replication that throws stops the others and surfaces as a {@link SimulationFailedException}.
 */
public final class Simulator {
  private static final String AS_DESIGNED = "as-designed";

  private final int threads;

  /** One thread per available processor. */
  public Simulator() {
    this(Runtime.getRuntime().availableProcessors());
  }

  public Simulator(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread is needed, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Simulates the request; blocks until done.
   *
   * @throws CancellationException when the control was cancelled
   * @throws SimulationFailedException when a replication threw
   * @throws IllegalArgumentException when the flow's prices cannot be used (not USD)
   */
  public SimulationResult run(SimulationRequest request, RunControl control) {
    ResolvedPrices prices = ResolvedPrices.resolve(request.flow().cost(), request.prices());
    Flow flow = request.effectiveFlow();
    int replications = request.settings().replications();
    List<ModeSimulator> requested = request.modes();
    List<Integer> source = runSources(flow, requested);
    List<ReplicationBatch.Task> tasks = new ArrayList<>();
    for (int m = 0; m < requested.size(); m++) {
      if (source.get(m) != m) {
        continue;
      }
      for (int r = 0; r < replications; r++) {
        RunInput input = new RunInput(flow, request.settings(), request.traces(), r);
        tasks.add(new ReplicationBatch.Task(requested.get(m), input));
      }
    }
    List<RunStats> stats = new ReplicationBatch(tasks, threads, new AtomicBoolean()).run(control);
    Fidelity fidelity =
        stats.stream().anyMatch(r -> r.fidelity() == Fidelity.AGGREGATE)
            ? Fidelity.AGGREGATE
            : Fidelity.EXACT;
    ModeResultAssembler assembler = new ModeResultAssembler(new MonthlyCost(prices));
    List<ModeResult> modes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Integer> simulated = source.stream().distinct().toList();
    for (int m = 0; m < requested.size(); m++) {
      int slot = simulated.indexOf(source.get(m));
      List<RunStats> runs = stats.subList(slot * replications, (slot + 1) * replications);
      ModeResult result = assembler.assemble(flow, requested.get(m).name(), runs);
      modes.add(result);
      warnings.addAll(warningsFor(result));
      if (runs.stream().anyMatch(r -> r.fidelity() != fidelity)) {
        // e.g. a hybrid as-designed run that is only simulated exact
        warnings.add(
            result.mode()
                + " ran at "
                + runs.get(0).fidelity().specName()
                + " fidelity, not "
                + fidelity.specName());
      }
    }
    warnings.addAll(
        PeakLoad.warnings(flow, request.traces(), request.settings().horizon().nanos()));
    return SimulationResult.of(flow, request.settings(), prices, modes, warnings, fidelity);
  }

  /**
   * For each requested mode, the index of the mode whose runs it uses: its own, except that a flow
   * designed entirely in one mode runs "as designed" exactly as that mode does (same seeds, same
   * records), so when both are requested the runs are shared instead of simulated twice.
   */
  private static List<Integer> runSources(Flow flow, List<ModeSimulator> requested) {
    List<String> names = requested.stream().map(ModeSimulator::name).toList();
    List<Integer> source = new ArrayList<>();
    for (int m = 0; m < requested.size(); m++) {
      int same = m;
      if (names.get(m).equals(AS_DESIGNED)) {
        same =
            AsDesignedSimulator.singleMode(flow)
                .map(mode -> names.indexOf(mode.specName()))
                .filter(i -> i >= 0)
                .orElse(m);
      }
      source.add(same);
    }
    return source;
  }

  private static List<String> warningsFor(ModeResult mode) {
    List<String> warnings = new ArrayList<>();
    for (SinkResult sink : mode.sinks()) {
      if (sink.records() == 0 && mode.stable()) {
        warnings.add(mode.mode() + ": " + sink.sink() + " received no results after the warm-up");
      }
    }
    return warnings;
  }
}

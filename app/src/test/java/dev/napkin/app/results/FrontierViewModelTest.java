package dev.napkin.app.results;

import static dev.napkin.app.testing.FrontierFlows.ARCHIVE;
import static dev.napkin.app.testing.ResultsFlows.DASHBOARD;
import static dev.napkin.app.testing.ResultsFlows.PARSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.command.ReplaceNode;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.testing.FrontierFlows;
import dev.napkin.model.catalog.PriceCatalog;
import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.Wording;
import dev.napkin.simulator.run.ModeRegistry;
import dev.napkin.simulator.run.Simulator;
import dev.napkin.simulator.sweep.Sweep;
import dev.napkin.simulator.sweep.SweepPoint;
import dev.napkin.simulator.sweep.SweepResult;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The frontier view-model without a screen: sweep, frontier per sink, current mark, Apply. */
class FrontierViewModelTest {
  private static final Flow FLOW = FrontierFlows.twoSinks();
  private static FlowSimulation simulation;
  private static SweepResult swept;
  private static SimulationResult simulated;

  private final Queue<Runnable> background = new ArrayDeque<>();
  private final Queue<Runnable> fx = new ArrayDeque<>();
  private final FlowDocument document = new FlowDocument(FLOW, Optional.empty());
  private final ResultsViewModel results =
      new ResultsViewModel(
          document,
          new SimulationRun((flow, control) -> simulated, background::add, fx::add),
          PriceCatalog.bundled());

  @BeforeAll
  static void sweepOnce() {
    simulation =
        new FlowSimulation(
            ModeRegistry.standard(), Prices.bundled(), new Simulator(2), Optional::empty);
    swept =
        new FlowSweep(simulation, new Sweep(2), grid -> FrontierFlows.grid(FLOW))
            .run(FLOW, RunControl.none());
    simulated = simulation.run(FLOW, RunControl.none());
  }

  private FrontierViewModel model(SweepJob job) {
    return new FrontierViewModel(document, new SweepRunner(job, background::add, fx::add), results);
  }

  private FrontierViewModel swept() {
    FrontierViewModel model = model((flow, control) -> swept);
    model.sweep();
    drain();
    return model;
  }

  private void drain() {
    while (!background.isEmpty() || !fx.isEmpty()) {
      while (!background.isEmpty()) {
        background.poll().run();
      }
      while (!fx.isEmpty()) {
        fx.poll().run();
      }
    }
  }

  private static SweepPoint point(String mode, int workers) {
    return swept.points().stream()
        .filter(p -> p.mode().equals(mode) && p.totalParallelism() == workers)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void showsEveryPointAndTheSweepsFrontierAtEachSink() {
    FrontierViewModel model = swept();

    assertThat(model.runner().stateProperty().get()).isEqualTo(RunState.DONE);
    assertThat(model.sinks()).containsExactly(DASHBOARD, ARCHIVE);
    assertThat(model.selectedSinkProperty().get()).contains(DASHBOARD);
    assertThat(model.pointsProperty().get()).isEqualTo(swept.points()).hasSize(6);
    assertThat(model.frontierProperty().get())
        .isNotEmpty()
        .isEqualTo(swept.frontierBySink().get(DASHBOARD));
    assertThat(model.rows())
        .extracting(FrontierRow::point)
        .isEqualTo(model.frontierProperty().get());
    SweepPoint first = model.frontierProperty().get().get(0);
    assertThat(model.rows().get(0).cells())
        .containsExactly(
            ModeNames.label(first.mode()),
            first.knobName() + " " + first.knob(),
            Integer.toString(first.totalParallelism()),
            Wording.usd(first.costPerMonthUsd()),
            Wording.duration(first.slaLatencySeconds(DASHBOARD).orElseThrow()),
            first.meetsAllSlas() ? "✓ met" : "✗ missed");

    model.selectSink(ARCHIVE);

    assertThat(model.frontierProperty().get()).isEqualTo(swept.frontierBySink().get(ARCHIVE));
    assertThat(model.slaProperty().get()).contains(Sla.of(Duration.ofMinutes(30), 99));
  }

  @Test
  void namesTheCheapestPointMeetingEverySlaAgainstTheCurrentCost() {
    FrontierViewModel model = swept();

    SweepPoint cheapest = swept.cheapestMeetingAll().orElseThrow();
    assertThat(model.cheapestProperty().get()).containsSame(cheapest);
    SweepPoint own = point("batch", 1);
    assertThat(cheapest.mode()).isNotEqualTo("batch"); // batch every 5 min misses p95 ≤ 1 min
    long percent =
        Math.round(
            Math.abs(own.costPerMonthUsd().doubleValue() - cheapest.costPerMonthUsd().doubleValue())
                / own.costPerMonthUsd().doubleValue()
                * 100);
    String direction =
        cheapest.costPerMonthUsd().compareTo(own.costPerMonthUsd()) < 0 ? "less" : "more";
    assertThat(model.summaryProperty().get())
        .isEqualTo(
            "Cheapest that meets every SLA: "
                + FrontierRow.describe(cheapest)
                + " — "
                + Wording.usd(cheapest.costPerMonthUsd())
                + "/mo, "
                + percent
                + " % "
                + direction
                + " than now.");
  }

  @Test
  void marksTheFlowsOwnConfigurationAtItsSweepPoint() {
    FrontierViewModel model = swept();

    SweepPoint own = point("batch", 1);
    assertThat(model.currentProperty().get())
        .contains(
            new FrontierViewModel.Mark(
                "batch", own.slaLatencySeconds(DASHBOARD).orElseThrow(), own.costPerMonthUsd()));
    assertThat(model.rows().stream().filter(FrontierRow::current).map(FrontierRow::point))
        .allMatch(p -> p == own);
  }

  @Test
  void marksTheCurrentConfigurationFromTheLatestResultsWhenTheSweepDidNotTryIt() {
    SweepResult withoutOwn =
        new FlowSweep(simulation, new Sweep(2), g -> FrontierFlows.grid(FLOW).onlyMode("streaming"))
            .run(FLOW, RunControl.none());
    FrontierViewModel model = model((flow, control) -> withoutOwn);
    model.sweep();
    drain();
    assertThat(model.currentProperty().get()).isEmpty();

    results.simulate();
    drain();

    ModeResult asDesigned = simulated.mode("as-designed").orElseThrow();
    assertThat(model.currentProperty().get())
        .contains(
            new FrontierViewModel.Mark(
                "as-designed",
                asDesigned.sink(DASHBOARD).orElseThrow().slaLatency().orElseThrow().mean(),
                asDesigned.costPerMonthUsd()));
  }

  @Test
  void applySetsThePointsConfigurationAsOneStepThatUndoRestoresExactly() {
    FrontierViewModel model = swept();
    SweepPoint target = point("streaming", 2);
    int steps = document.history().undoableLabels().size();

    assertThat(model.apply(target)).isTrue();

    Flow applied = document.flow();
    assertThat(applied.execution()).isEqualTo(target.configured().execution());
    assertThat(applied.execution().mode()).isEqualTo(ExecutionMode.STREAMING);
    Transform parse = (Transform) applied.node(PARSE).orElseThrow();
    assertThat(parse.parallelism()).isEqualTo(2);
    assertThat(applied.withExecution(FLOW.execution()).withNodes(FLOW.nodes())).isEqualTo(FLOW);
    assertThat(document.history().undoableLabels())
        .hasSize(steps + 1)
        .last()
        .isEqualTo("Apply streaming checkpoint " + target.knob() + ", 2 workers");
    assertThat(model.staleProperty().get()).isFalse();
    assertThat(model.currentProperty().get().orElseThrow().mode()).isEqualTo("streaming");

    document.undo();
    assertThat(document.flow()).isEqualTo(FLOW);
    assertThat(model.currentProperty().get().orElseThrow().mode()).isEqualTo("batch");

    document.redo();
    assertThat(document.flow()).isEqualTo(applied);
  }

  @Test
  void aWorkloadChangeMakesTheSweepStaleAndApplyIsRefused() {
    FrontierViewModel model = swept();
    Transform parse = (Transform) FLOW.node(PARSE).orElseThrow();
    Transform slower =
        new Transform(
            parse.id(),
            parse.name(),
            parse.tech(),
            parse.op(),
            parse.cost(),
            Duration.ofMillis(5),
            parse.selectivity(),
            parse.parallelism(),
            parse.window(),
            parse.keys(),
            parse.mode());
    document.execute(new ReplaceNode("Edit parse", parse, slower));

    assertThat(model.staleProperty().get()).isTrue();
    assertThat(model.noticeProperty().get()).startsWith("The flow changed since this sweep");
    assertThat(model.currentProperty().get()).isEmpty();
    Flow before = document.flow();
    assertThat(model.apply(point("streaming", 1))).isFalse();
    assertThat(document.flow()).isEqualTo(before);
  }

  @Test
  void anSlaChangeRejudgesThePointsWithoutMakingTheSweepStale() {
    FrontierViewModel model = swept();
    Sink dashboard = (Sink) FLOW.node(DASHBOARD).orElseThrow();
    Sla tight = Sla.of(Duration.ofMillis(1), 95);

    document.execute(
        new ReplaceNode(
            "Set SLA",
            dashboard,
            new Sink(
                dashboard.id(), dashboard.name(), dashboard.tech(), dashboard.commit(), tight)));

    assertThat(model.staleProperty().get()).isFalse();
    assertThat(model.slaProperty().get()).contains(tight);
    assertThat(model.cheapestProperty().get()).isEmpty();
    assertThat(model.summaryProperty().get())
        .isEqualTo("No configuration in the sweep meets every SLA.");
    assertThat(model.pointsProperty().get())
        .allMatch(p -> p.result().sink(DASHBOARD).orElseThrow().sla().equals(tight));
  }

  @Test
  void cancelStopsTheSweepAndALateResultIsDropped() {
    RunControl[] seen = new RunControl[1];
    FrontierViewModel model =
        model(
            (flow, control) -> {
              seen[0] = control;
              control.checkpoint(0.5);
              return swept;
            });
    model.sweep();
    assertThat(model.runner().runningProperty().get()).isTrue();

    model.cancel();
    drain();

    assertThat(model.runner().stateProperty().get()).isEqualTo(RunState.CANCELLED);
    assertThat(model.pointsProperty().get()).isEmpty();
    assertThat(model.noticeProperty().get()).startsWith("Sweep cancelled");
  }

  @Test
  void aFailedSweepSaysWhy() {
    FrontierViewModel model =
        model(
            (flow, control) -> {
              throw new IllegalArgumentException("The flow has an error to fix first");
            });
    model.sweep();
    drain();

    assertThat(model.runner().stateProperty().get()).isEqualTo(RunState.FAILED);
    assertThat(model.noticeProperty().get()).isEqualTo("The flow has an error to fix first");
  }

  @Test
  void aCancelledJobThatThrowsLeavesTheCancelledState() {
    FrontierViewModel model =
        model(
            (flow, control) -> {
              throw new CancellationException();
            });
    model.sweep();
    model.cancel();
    drain();

    assertThat(model.runner().stateProperty().get()).isEqualTo(RunState.CANCELLED);
  }
}

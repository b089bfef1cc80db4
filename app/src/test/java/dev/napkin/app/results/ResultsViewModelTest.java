package dev.napkin.app.results;

import static dev.napkin.app.testing.ResultsFlows.DASHBOARD;
import static dev.napkin.app.testing.ResultsFlows.PARSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.command.MoveNodes;
import dev.napkin.app.command.ReplaceNode;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.editor.RunMark;
import dev.napkin.app.editor.RunStatus;
import dev.napkin.app.testing.ResultsFlows;
import dev.napkin.model.catalog.PriceCatalog;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import dev.napkin.simulator.run.ModeRegistry;
import dev.napkin.simulator.run.SimulationFailedException;
import dev.napkin.simulator.run.Simulator;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The results view-model without a screen: runs, verdicts, staleness, selection, marks. */
class ResultsViewModelTest {
  private static SimulationResult simulated;

  private final Queue<Runnable> background = new ArrayDeque<>();
  private final Queue<Runnable> fx = new ArrayDeque<>();
  private final AtomicInteger runs = new AtomicInteger();
  private final FlowDocument document = new FlowDocument(ResultsFlows.quick(), Optional.empty());

  @BeforeAll
  static void simulateOnce() {
    simulated =
        new FlowSimulation(
                ModeRegistry.standard(),
                dev.napkin.model.catalog.Prices.bundled(),
                new Simulator(2),
                Optional::empty)
            .run(ResultsFlows.quick(), RunControl.none());
  }

  private ResultsViewModel model(SimulationJob job) {
    return new ResultsViewModel(
        document, new SimulationRun(job, background::add, fx::add), PriceCatalog.bundled());
  }

  private ResultsViewModel model() {
    return model(
        (flow, control) -> {
          runs.incrementAndGet();
          control.checkpoint(0.5);
          return simulated;
        });
  }

  private static void drain(Queue<Runnable> queue) {
    while (!queue.isEmpty()) {
      queue.poll().run();
    }
  }

  private ResultsViewModel simulatedModel() {
    ResultsViewModel model = model();
    model.simulate();
    drain(background);
    drain(fx);
    return model;
  }

  @Test
  void showsOneRowPerModeWithTheSimulatorsFiguresForTheSelectedSink() {
    ResultsViewModel model = simulatedModel();

    assertThat(model.run().stateProperty().get()).isEqualTo(RunState.DONE);
    assertThat(model.selectedSinkProperty().get()).contains(DASHBOARD);
    assertThat(model.rows())
        .extracting(ModeRow::mode)
        .containsExactly("batch", "micro-batch", "streaming", "as-designed");
    for (ModeRow row : model.rows()) {
      ModeResult mode = simulated.mode(row.mode()).orElseThrow();
      SinkResult sink = mode.sink(DASHBOARD).orElseThrow();
      var latency = sink.latency().orElseThrow();
      assertThat(List.of(row.p50(), row.p95(), row.p99(), row.costPerMonth()))
          .containsExactly(
              Wording.duration(latency.p50().mean()),
              Wording.duration(latency.p95().mean()),
              Wording.duration(latency.p99().mean()),
              Wording.usd(mode.costPerMonthUsd()));
      assertThat(row.verdict()).isEqualTo(sink.slaMet() ? RunStatus.MET : RunStatus.MISSED);
      assertThat(row.attainment()).isEqualTo(Wording.percent(sink.slaAttainment().orElseThrow()));
    }
    assertThat(model.rows().get(0).verdict()).isEqualTo(RunStatus.MISSED);
    assertThat(model.rows().get(2).verdict()).isEqualTo(RunStatus.MET);
  }

  @Test
  void theBannerNamesTheRecommendedModeAndTheOthers() {
    ResultsViewModel model = simulatedModel();

    Banner banner = model.bannerProperty().get().orElseThrow();
    String recommended = simulated.recommendation().orElseThrow().mode();
    assertThat(banner.mode()).isEqualTo(recommended);
    assertThat(banner.status()).isEqualTo(RunStatus.MET);
    assertThat(banner.headline()).startsWith("Pick " + recommended + ": the cheapest mode");
    assertThat(banner.others()).hasSize(3).anyMatch(line -> line.startsWith("batch misses"));
    assertThat(model.selectedModeProperty().get()).contains(recommended);
  }

  @Test
  void runsOffTheCallingThreadShowingProgressUntilDone() {
    ResultsViewModel model = model();

    model.simulate();

    assertThat(model.run().isRunning()).isTrue();
    assertThat(model.run().titleProperty().get()).isEqualTo("Simulating Untitled…");
    assertThat(model.noticeProperty().get()).isEqualTo("Simulating Untitled… 0 %");
    drain(background);
    assertThat(model.run().isRunning()).isTrue();
    fx.poll().run(); // the progress report
    assertThat(model.run().progressProperty().get()).isEqualTo(0.5);
    assertThat(model.noticeProperty().get()).isEqualTo("Simulating Untitled… 50 %");
    drain(fx);
    assertThat(model.run().isRunning()).isFalse();
    assertThat(model.rows()).hasSize(4);
  }

  @Test
  void cancelStopsAtOnceAndALateResultIsDropped() {
    ResultsViewModel model = model();
    model.simulate();

    model.cancel();

    assertThat(model.run().isRunning()).isFalse();
    assertThat(model.run().stateProperty().get()).isEqualTo(RunState.CANCELLED);
    assertThat(model.noticeProperty().get()).startsWith("Simulation cancelled");
    drain(background);
    drain(fx);
    assertThat(model.resultProperty().get()).isEmpty();
    assertThat(model.run().stateProperty().get()).isEqualTo(RunState.CANCELLED);
  }

  @Test
  void cancelSetsTheJobsControlSoTheSimulatorStops() {
    RunControl[] seen = new RunControl[1];
    ResultsViewModel model =
        model(
            (flow, control) -> {
              seen[0] = control;
              return simulated;
            });
    model.simulate();
    drain(background);

    model.cancel();

    assertThat(seen[0].isCancelled()).isTrue();
  }

  @Test
  void aFailedRunExplainsItselfInWords() {
    ResultsViewModel model =
        model(
            (flow, control) -> {
              throw new SimulationFailedException(
                  "streaming", 1, new IllegalStateException("queue overflow"));
            });

    model.simulate();
    drain(background);
    drain(fx);

    assertThat(model.run().stateProperty().get()).isEqualTo(RunState.FAILED);
    assertThat(model.noticeProperty().get())
        .isEqualTo("Simulation failed: streaming replication 2 failed: queue overflow");
  }

  @Test
  void aRunStoppedByItselfSaysSoInsteadOfSpinningForever() {
    ResultsViewModel model =
        model(
            (flow, control) -> {
              throw new java.util.concurrent.CancellationException("simulation interrupted");
            });

    model.simulate();
    drain(background);
    drain(fx);

    assertThat(model.run().isRunning()).isFalse();
    assertThat(model.noticeProperty().get()).isEqualTo("Simulation stopped before it finished.");
  }

  @Test
  void anInvalidFlowIsRefusedWithItsFirstError() {
    Flow broken = ResultsFlows.quick().withEdges(List.of());
    String why =
        SimulationRun.explain(
            catchRuntime(
                () -> FlowSimulation.standard(Optional::empty).run(broken, RunControl.none())));

    assertThat(why).startsWith("The flow has ").contains("to fix first (see Problems): ");
  }

  private static RuntimeException catchRuntime(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  @Test
  void changingTheSlaRejudgesTheStoredRunWithoutSimulating() {
    ResultsViewModel model = simulatedModel();
    assertThat(model.rows().get(2).verdict()).isEqualTo(RunStatus.MET);

    model.changeSla(Duration.ofMillis(1), 99);

    assertThat(runs.get()).isEqualTo(1);
    assertThat(model.staleProperty().get()).isFalse();
    assertThat(model.rows()).extracting(ModeRow::verdict).containsOnly(RunStatus.MISSED);
    assertThat(model.rows().get(2).sla()).matches("✗ .+ over \\(.+×\\)");
    assertThat(model.selectedSla().orElseThrow().percentileOrDefault()).isEqualTo(99.0);
    assertThat(model.bannerProperty().get().orElseThrow().headline())
        .startsWith("No mode meets every SLA");

    document.undo();

    assertThat(model.rows().get(2).verdict()).isEqualTo(RunStatus.MET);
    assertThat(runs.get()).isEqualTo(1);
  }

  @Test
  void editingWhatIsSimulatedMarksTheResultsStaleAndUndoRestoresThem() {
    ResultsViewModel model = simulatedModel();
    Transform parse = (Transform) document.flow().node(PARSE).orElseThrow();

    document.execute(new ReplaceNode("More workers", parse, parse.withParallelism(4)));

    assertThat(model.staleProperty().get()).isTrue();
    assertThat(model.marksProperty().get()).isEmpty();
    assertThat(model.noticeProperty().get()).startsWith("The flow changed since this run");
    document.undo();
    assertThat(model.staleProperty().get()).isFalse();
    assertThat(model.marksProperty().get()).isNotEmpty();
  }

  @Test
  void movingNodesLeavesTheResultsCurrent() {
    ResultsViewModel model = simulatedModel();

    document.execute(
        new MoveNodes(
            "Move node",
            Map.of(PARSE, new Point(300, 100)),
            Map.of(PARSE, new Point(320, 140)),
            MoveNodes.NO_GESTURE));

    assertThat(model.staleProperty().get()).isFalse();
  }

  @Test
  void openingAnotherDocumentClearsTheResults() {
    ResultsViewModel model = simulatedModel();

    document.open(ResultsFlows.quick(), Optional.empty());

    assertThat(model.resultProperty().get()).isEmpty();
    assertThat(model.rows()).isEmpty();
    assertThat(model.run().stateProperty().get()).isEqualTo(RunState.NONE);
  }

  @Test
  void marksEachStageWithItsUtilizationAndTheSinkWithItsVerdict() {
    ResultsViewModel model = simulatedModel();
    model.selectMode("streaming");

    Map<NodeId, RunMark> marks = model.marksProperty().get();

    double rho = simulated.mode("streaming").orElseThrow().nodes().get(0).utilization().mean();
    RunMark stage = marks.get(PARSE);
    assertThat(stage.text())
        .isEqualTo(
            "ρ " + new java.math.BigDecimal(rho).setScale(2, java.math.RoundingMode.HALF_EVEN));
    assertThat(stage.status()).isEqualTo(RunStatus.NEUTRAL);
    assertThat(stage.utilization().getAsDouble()).isEqualTo(rho);
    assertThat(stage.details()).startsWith("streaming: utilization ");
    assertThat(marks.get(DASHBOARD).status()).isEqualTo(RunStatus.MET);
    assertThat(marks.get(DASHBOARD).text()).startsWith("✓ p95 ");
  }

  @Test
  void theTimelineFollowsTheSelectedMode() {
    ResultsViewModel model = simulatedModel();

    model.selectMode("streaming");
    List<BacklogCurve> streaming = model.backlogProperty().get();
    model.selectMode("batch");
    List<BacklogCurve> batch = model.backlogProperty().get();

    assertThat(streaming).extracting(BacklogCurve::node).containsExactly(PARSE);
    assertThat(streaming.get(0).points()).hasSize(200);
    assertThat(streaming.get(0).points().get(0).hours()).isEqualTo(2 / 60.0);
    assertThat(batch.get(0).points()).isNotEqualTo(streaming.get(0).points());
  }

  @Test
  void theCdfHasOneCurvePerModeEndingAtTheSlowestResult() {
    ResultsViewModel model = simulatedModel();

    List<CdfCurve> curves = model.curvesProperty().get();

    assertThat(curves)
        .extracting(CdfCurve::mode)
        .containsExactly("batch", "micro-batch", "streaming", "as-designed");
    SinkResult batch = simulated.mode("batch").orElseThrow().sink(DASHBOARD).orElseThrow();
    CdfCurve.Point last = curves.get(0).points().get(curves.get(0).points().size() - 1);
    assertThat(last).isEqualTo(new CdfCurve.Point(batch.pooled().percentileSeconds(100), 1.0));
  }

  @Test
  void anUnstableRunFlagsTheOverloadedStageAndSaysWhy() {
    Flow overloaded =
        ResultsFlows.quick()
            .withNodes(
                List.of(
                    dev.napkin.model.flow.Source.of(
                        "clicks", dev.napkin.model.unit.Rate.perSecond(20_000)),
                    ResultsFlows.quick().nodes().get(1),
                    ResultsFlows.quick().nodes().get(2)));
    SimulationResult unstable =
        FlowSimulation.standard(Optional::empty).run(overloaded, RunControl.none());
    ResultsViewModel model = model((flow, control) -> unstable);

    model.simulate();
    drain(background);
    drain(fx);

    assertThat(model.bannerProperty().get().orElseThrow().status()).isEqualTo(RunStatus.UNSTABLE);
    assertThat(model.rows()).extracting(ModeRow::state).containsOnly("unstable");
    assertThat(model.rows()).extracting(ModeRow::verdict).containsOnly(RunStatus.UNSTABLE);
    RunMark parse = model.marksProperty().get().get(PARSE);
    assertThat(parse.status()).isEqualTo(RunStatus.UNSTABLE);
    assertThat(parse.details())
        .isEqualTo(
            "batch: parse is overloaded: utilization 2 (≥ 1), its backlog grows by 10000"
                + " records/s");
    assertThat(model.noticeProperty().get())
        .startsWith("batch is unstable: parse is overloaded: utilization 2 (≥ 1), its backlog");
  }

  @Test
  void copiesTheTableAsTabSeparatedText() {
    ResultsViewModel model = simulatedModel();

    String[] lines = model.tableText().split("\n");

    assertThat(lines).hasSize(6);
    assertThat(lines[0]).isEqualTo("sink\tdashboard");
    assertThat(lines[1])
        .isEqualTo("mode\tp50\tp95\tp99\tSLA\tattainment\tcompleteness\tcost/mo\tstate");
    assertThat(lines[5]).startsWith("as designed\t" + model.rows().get(3).p50() + "\t");
  }

  @Test
  void assumptionsNameThePricesSource() {
    ResultsViewModel model = simulatedModel();

    assertThat(model.assumptions())
        .startsWith("Assumptions: Prices: batch ")
        .contains("startup")
        .contains(
            "\n• streaming vCPU-hour (managed Flink): 0.11 USD/h (AWS Managed Service for Apache"
                + " Flink, 0.11 USD per KPU-hour (1 KPU = 1 vCPU + 4 GB), us-east-1, as of"
                + " 2026-11-01)")
        .contains("\n• micro-batch overhead per batch: 200ms, 150ms–900ms (Databricks");
  }
}

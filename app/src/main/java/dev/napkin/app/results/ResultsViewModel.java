package dev.napkin.app.results;

import dev.napkin.app.command.ReplaceNode;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.editor.RunMark;
import dev.napkin.app.report.Assumptions;
import dev.napkin.model.catalog.PriceCatalog;
import dev.napkin.model.catalog.Reference;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.NodeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The results of the last simulation as the panels show them. The stored run is judged against the
 * flow's current SLAs, so changing a target or percentile (here, in the inspector or the default
 * SLA) updates verdicts and the recommendation at once without simulating; any other change to what
 * is simulated marks the results stale until the next run. Layout moves change nothing.
 */
public final class ResultsViewModel {
  private final FlowDocument document;
  private final SimulationRun run;
  private final PriceCatalog catalog;
  private final ReadOnlyObjectWrapper<Optional<SimulationResult>> result =
      new ReadOnlyObjectWrapper<>(this, "result", Optional.empty());
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
  private final ObservableList<NodeId> sinks = FXCollections.observableArrayList();
  private final ObservableList<NodeId> sinksView = FXCollections.unmodifiableObservableList(sinks);
  private final ObservableList<String> modes = FXCollections.observableArrayList();
  private final ObservableList<String> modesView = FXCollections.unmodifiableObservableList(modes);
  private final ReadOnlyObjectWrapper<Optional<NodeId>> selectedSink =
      new ReadOnlyObjectWrapper<>(this, "selectedSink", Optional.empty());
  private final ReadOnlyObjectWrapper<Optional<String>> selectedMode =
      new ReadOnlyObjectWrapper<>(this, "selectedMode", Optional.empty());
  private final ObservableList<ModeRow> rows = FXCollections.observableArrayList();
  // one read-only view, kept: a fresh wrapper per call would drop listeners added to it
  private final ObservableList<ModeRow> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyObjectWrapper<Optional<Banner>> banner =
      new ReadOnlyObjectWrapper<>(this, "banner", Optional.empty());
  private final ReadOnlyObjectWrapper<List<CdfCurve>> curves =
      new ReadOnlyObjectWrapper<>(this, "curves", List.of());
  private final ReadOnlyObjectWrapper<List<BacklogCurve>> backlog =
      new ReadOnlyObjectWrapper<>(this, "backlog", List.of());
  private final ReadOnlyObjectWrapper<Map<NodeId, RunMark>> marks =
      new ReadOnlyObjectWrapper<>(this, "marks", Map.of());
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
  private Optional<SimulationResult> simulated = Optional.empty();
  private Optional<Flow> simulatedKey = Optional.empty();

  public ResultsViewModel(FlowDocument document, SimulationRun run, PriceCatalog catalog) {
    this.document = document;
    this.run = run;
    this.catalog = catalog;
    document.flowProperty().addListener((obs, old, flow) -> flowChanged(flow));
    document.openedProperty().addListener((obs, old, now) -> clear());
    notice.bind(
        Bindings.createStringBinding(
            this::describeState,
            run.stateProperty(),
            run.messageProperty(),
            run.titleProperty(),
            run.progressProperty(),
            stale,
            result));
  }

  /** What the panel says above the results: progress, a failure, staleness, instability. */
  private String describeState() {
    switch (run.stateProperty().get()) {
      case RUNNING:
        return run.titleProperty().get()
            + " "
            + Math.round(run.progressProperty().get() * 100)
            + " %";
      case FAILED:
      case CANCELLED:
        return run.messageProperty().get();
      default:
        break;
    }
    if (result.get().isEmpty()) {
      return "Simulate (F5) to compare batch, micro-batch and streaming on this flow.";
    }
    if (stale.get()) {
      return "The flow changed since this run: these results are out of date. Simulate again (F5).";
    }
    SimulationResult r = result.get().get();
    List<String> lines = new ArrayList<>();
    for (ModeResult mode : r.modes()) {
      mode.instability()
          .ifPresent(why -> lines.add(ModeNames.label(mode.mode()) + " is unstable: " + why + "."));
    }
    lines.addAll(r.warnings());
    return lines.isEmpty()
        ? "Simulated "
            + r.settings().horizon()
            + " × "
            + r.settings().replications()
            + (r.settings().replications() == 1 ? " replication" : " replications")
            + ", seed "
            + r.seed()
            + "."
        : String.join(" ", lines);
  }

  /** One line on the state of the results: progress, failure, staleness, instability, warnings. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** The running simulation: running, progress, title, state and message, for any progress bar. */
  public SimulationRun run() {
    return run;
  }

  /** Simulates the flow as it is now; the results replace the current ones when it ends. */
  public void simulate() {
    Flow flow = document.flow();
    run.start(flow, document.fileName(), r -> show(flow, r));
  }

  public void cancel() {
    run.cancel();
  }

  /** Forgets the results: another document was opened. */
  public void clear() {
    run.reset();
    simulated = Optional.empty();
    simulatedKey = Optional.empty();
    stale.set(false);
    refresh();
  }

  private void show(Flow flow, SimulationResult fresh) {
    simulated = Optional.of(fresh);
    simulatedKey = Optional.of(simulationKey(flow));
    selectedMode.set(Optional.empty());
    flowChanged(document.flow());
  }

  private void flowChanged(Flow flow) {
    if (simulated.isEmpty()) {
      return;
    }
    boolean same = simulationKey(flow).equals(simulatedKey.orElseThrow());
    stale.set(!same);
    refresh();
  }

  /** Everything the simulation depends on: the flow without its layout and SLAs. */
  static Flow simulationKey(Flow flow) {
    List<Node> nodes = new ArrayList<>();
    for (Node node : flow.nodes()) {
      nodes.add(node instanceof Sink s ? withSla(s, Sla.NONE) : node);
    }
    Flow key = flow.withNodes(nodes).withLayout(Layout.EMPTY);
    return new Flow(
        key.name(),
        key.description(),
        Sla.NONE,
        key.nodes(),
        key.edges(),
        key.execution(),
        key.cost(),
        key.simulation(),
        key.layout());
  }

  private void refresh() {
    Optional<SimulationResult> judged =
        stale.get() ? simulated : simulated.map(r -> judged(r, document.flow()));
    result.set(judged);
    List<NodeId> sinkIds =
        judged.map(r -> r.flow().sinks().map(Sink::id).toList()).orElse(List.of());
    if (!sinks.equals(sinkIds)) {
      sinks.setAll(sinkIds);
    }
    List<String> modeNames =
        judged.map(r -> r.modes().stream().map(ModeResult::mode).toList()).orElse(List.of());
    if (!modes.equals(modeNames)) {
      modes.setAll(modeNames);
    }
    if (selectedSink.get().filter(sinkIds::contains).isEmpty()) {
      selectedSink.set(sinkIds.stream().findFirst());
    }
    if (selectedMode.get().filter(modeNames::contains).isEmpty()) {
      selectedMode.set(
          judged
              .flatMap(SimulationResult::recommendation)
              .map(rec -> rec.mode())
              .or(() -> modeNames.stream().findFirst()));
    }
    banner.set(judged.flatMap(r -> r.recommendation().map(rec -> Banner.of(r, rec))));
    refreshSink();
    refreshMode();
  }

  /** The stored runs judged against the SLAs the flow now gives each sink. */
  private static SimulationResult judged(SimulationResult result, Flow flow) {
    SimulationResult judged = result;
    for (Sink sink : flow.sinks().toList()) {
      Sla now = flow.effectiveSla(sink);
      boolean differs =
          result.modes().stream()
              .flatMap(m -> m.sink(sink.id()).stream())
              .anyMatch(s -> !s.sla().equals(now));
      if (differs) {
        judged = judged.withSla(sink.id(), now);
      }
    }
    return judged;
  }

  private void refreshSink() {
    Optional<SimulationResult> r = result.get();
    Optional<NodeId> sink = selectedSink.get();
    if (r.isEmpty() || sink.isEmpty()) {
      rows.clear();
      curves.set(List.of());
      return;
    }
    rows.setAll(r.get().modes().stream().map(m -> ModeRow.of(m, sink.get())).toList());
    List<CdfCurve> list = new ArrayList<>();
    for (ModeResult mode : r.get().modes()) {
      mode.sink(sink.get()).ifPresent(s -> list.add(CdfCurve.of(mode.mode(), s.pooled())));
    }
    curves.set(List.copyOf(list));
  }

  private void refreshMode() {
    Optional<ModeResult> mode = result.get().flatMap(r -> selectedMode.get().flatMap(r::mode));
    marks.set(mode.filter(m -> !stale.get()).map(NodeMarks::of).orElse(Map.of()));
    List<BacklogCurve> list = new ArrayList<>();
    mode.ifPresent(
        m -> {
          for (NodeResult node : m.nodes()) {
            node.backlogOverTime().ifPresent(t -> list.add(BacklogCurve.of(node.node(), t)));
          }
        });
    backlog.set(List.copyOf(list));
  }

  /** Shows the comparison at another sink. */
  public void selectSink(NodeId sink) {
    if (sinks.contains(sink) && !selectedSink.get().equals(Optional.of(sink))) {
      selectedSink.set(Optional.of(sink));
      refreshSink();
    }
  }

  /** Shows another mode on the canvas and the timeline. */
  public void selectMode(String mode) {
    if (modes.contains(mode) && !selectedMode.get().equals(Optional.of(mode))) {
      selectedMode.set(Optional.of(mode));
      refreshMode();
    }
  }

  /** The selected sink's SLA as the flow now sets it (its own over the flow's default). */
  public Optional<Sla> selectedSla() {
    return selectedSink
        .get()
        .flatMap(document.flow()::node)
        .filter(Sink.class::isInstance)
        .map(n -> document.flow().effectiveSla((Sink) n));
  }

  /**
   * Sets the selected sink's latency target and percentile (one undoable edit of the flow); the
   * verdicts follow from the stored distributions. Returns false when there is no such sink.
   */
  public boolean changeSla(dev.napkin.model.unit.Duration target, double percentile) {
    Optional<Sink> sink =
        selectedSink
            .get()
            .flatMap(document.flow()::node)
            .filter(Sink.class::isInstance)
            .map(Sink.class::cast);
    if (sink.isEmpty()) {
      return false;
    }
    Sink before = sink.get();
    Sla sla = new Sla(Optional.of(target), Optional.of(percentile), before.sla().completeness());
    if (sla.equals(before.sla())) {
      return true;
    }
    document.execute(new ReplaceNode("Set SLA of " + before.id(), before, withSla(before, sla)));
    return true;
  }

  private static Sink withSla(Sink sink, Sla sla) {
    return new Sink(sink.id(), sink.name(), sink.tech(), sink.commit(), sla);
  }

  /** The table as tab-separated text with a header, for the clipboard. */
  public String tableText() {
    StringBuilder out = new StringBuilder();
    selectedSink.get().ifPresent(s -> out.append("sink\t").append(s.value()).append('\n'));
    out.append(String.join("\t", ModeRow.HEADERS)).append('\n');
    for (ModeRow row : rows) {
      out.append(String.join("\t", row.cells())).append('\n');
    }
    return out.toString();
  }

  /**
   * What drove the numbers: the prices, startup, overhead and simulation settings used, then the
   * catalog's figures with their sources and dates.
   */
  public String assumptions() {
    if (result.get().isEmpty()) {
      return "";
    }
    StringBuilder out =
        new StringBuilder(Assumptions.describe(result.get().get()))
            .append("\n\nWhere the defaults come from (the bundled catalog):");
    for (Reference.Section section : Reference.Section.values()) {
      for (Reference reference : catalog.references(section)) {
        out.append("\n• ").append(reference.explain());
      }
    }
    return out.toString();
  }

  /** The sink's result in the selected mode, for tooltips. */
  public Optional<SinkResult> sinkResult(String mode) {
    return result
        .get()
        .flatMap(r -> r.mode(mode))
        .flatMap(m -> selectedSink.get().flatMap(m::sink));
  }

  public ReadOnlyObjectProperty<Optional<SimulationResult>> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** True when the flow changed since the results were simulated (beyond layout and SLAs). */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  public ObservableList<NodeId> sinks() {
    return sinksView;
  }

  public ObservableList<String> modes() {
    return modesView;
  }

  public ReadOnlyObjectProperty<Optional<NodeId>> selectedSinkProperty() {
    return selectedSink.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<String>> selectedModeProperty() {
    return selectedMode.getReadOnlyProperty();
  }

  /** One row per mode for the selected sink. */
  public ObservableList<ModeRow> rows() {
    return rowsView;
  }

  public ReadOnlyObjectProperty<Optional<Banner>> bannerProperty() {
    return banner.getReadOnlyProperty();
  }

  /** The latency CDF of each mode at the selected sink. */
  public ReadOnlyObjectProperty<List<CdfCurve>> curvesProperty() {
    return curves.getReadOnlyProperty();
  }

  /** Each stage's backlog over time in the selected mode. */
  public ReadOnlyObjectProperty<List<BacklogCurve>> backlogProperty() {
    return backlog.getReadOnlyProperty();
  }

  /** The selected mode's figures per node for the canvas; empty while stale or without results. */
  public ReadOnlyObjectProperty<Map<NodeId, RunMark>> marksProperty() {
    return marks.getReadOnlyProperty();
  }
}

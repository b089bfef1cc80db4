package dev.napkin.app.results;

import dev.napkin.app.editor.FlowDocument;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.Recommender;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.result.Wording;
import dev.napkin.simulator.sweep.ParetoFrontier;
import dev.napkin.simulator.sweep.Sweep;
import dev.napkin.simulator.sweep.SweepPoint;
import dev.napkin.simulator.sweep.SweepResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * The Frontier tab's state: the last sweep judged against the flow's current SLAs (as results are),
 * the points and the cost-vs-latency frontier at the selected sink, the cheapest point that meets
 * every SLA, where the flow's own configuration stands, and Apply, which sets a point's
 * configuration in the flow as one undoable step. A change to anything but the configuration, the
 * layout and the SLAs makes the sweep stale; applying a point does not.
 */
public final class FrontierViewModel {
  /** A place on the chart: a mode's monthly cost and its latency at the sink's SLA percentile. */
  public record Mark(String mode, double latencySeconds, BigDecimal costPerMonthUsd) {}

  private final FlowDocument document;
  private final SweepRunner runner;
  private final ResultsViewModel results;
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
  private final ObservableList<NodeId> sinks = FXCollections.observableArrayList();
  private final ObservableList<NodeId> sinksView = FXCollections.unmodifiableObservableList(sinks);
  private final ReadOnlyObjectWrapper<Optional<NodeId>> selectedSink =
      new ReadOnlyObjectWrapper<>(this, "selectedSink", Optional.empty());
  private final ReadOnlyObjectWrapper<List<SweepPoint>> points =
      new ReadOnlyObjectWrapper<>(this, "points", List.of());
  private final ReadOnlyObjectWrapper<List<SweepPoint>> frontier =
      new ReadOnlyObjectWrapper<>(this, "frontier", List.of());
  private final ReadOnlyObjectWrapper<Optional<SweepPoint>> cheapest =
      new ReadOnlyObjectWrapper<>(this, "cheapest", Optional.empty());
  private final ReadOnlyObjectWrapper<Optional<Mark>> current =
      new ReadOnlyObjectWrapper<>(this, "current", Optional.empty());
  private final ReadOnlyObjectWrapper<Optional<Sla>> sla =
      new ReadOnlyObjectWrapper<>(this, "sla", Optional.empty());
  private final ObservableList<FrontierRow> rows = FXCollections.observableArrayList();
  private final ObservableList<FrontierRow> rowsView =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
  private Optional<SweepResult> swept = Optional.empty();
  private Optional<Flow> sweptKey = Optional.empty();

  public FrontierViewModel(FlowDocument document, SweepRunner runner, ResultsViewModel results) {
    this.document = document;
    this.runner = runner;
    this.results = results;
    document.flowProperty().addListener((obs, old, flow) -> refresh());
    document.openedProperty().addListener((obs, old, now) -> clear());
    results.resultProperty().addListener((obs, old, now) -> refresh());
    results.staleProperty().addListener((obs, old, now) -> refresh());
    results.selectedSinkProperty().addListener((obs, old, now) -> now.ifPresent(this::selectSink));
    notice.bind(
        Bindings.createStringBinding(
            this::describeState,
            runner.stateProperty(),
            runner.messageProperty(),
            runner.progressProperty(),
            stale,
            points));
  }

  private String describeState() {
    switch (runner.stateProperty().get()) {
      case RUNNING:
        return "Sweeping " + Math.round(runner.progressProperty().get() * 100) + " %";
      case FAILED:
      case CANCELLED:
        return runner.messageProperty().get();
      default:
        break;
    }
    if (swept.isEmpty()) {
      return "Sweep to simulate each mode at several knob values and worker counts, and find the"
          + " cheapest configuration that meets every SLA.";
    }
    if (stale.get()) {
      return "The flow changed since this sweep: its figures are out of date. Sweep again.";
    }
    return "Swept "
        + swept.get().points().size()
        + " configurations at the flow's simulation settings.";
  }

  /** Sweeps the flow as it is now; the sweep replaces the shown one when it ends. */
  public void sweep() {
    Flow flow = document.flow();
    runner.start(flow, r -> show(flow, r));
  }

  public void cancel() {
    runner.cancel();
  }

  /** Forgets the sweep: another document was opened. */
  public void clear() {
    runner.reset();
    swept = Optional.empty();
    sweptKey = Optional.empty();
    refresh();
  }

  private void show(Flow flow, SweepResult result) {
    swept = Optional.of(result);
    sweptKey = Optional.of(Configuration.sweepKey(flow));
    refresh();
  }

  private void refresh() {
    Flow flow = document.flow();
    stale.set(sweptKey.map(k -> !k.equals(Configuration.sweepKey(flow))).orElse(false));
    List<SweepPoint> judged =
        swept.map(r -> r.points().stream().map(p -> judged(p, flow)).toList()).orElse(List.of());
    List<NodeId> sinkIds =
        swept.map(r -> List.copyOf(r.frontierBySink().keySet())).orElse(List.of());
    if (!sinks.equals(sinkIds)) {
      sinks.setAll(sinkIds);
    }
    if (selectedSink.get().filter(sinkIds::contains).isEmpty()) {
      selectedSink.set(
          results.selectedSinkProperty().get().filter(sinkIds::contains).or(() -> first(sinkIds)));
    }
    points.set(judged);
    cheapest.set(Sweep.cheapestMeetingAll(judged));
    refreshSink();
  }

  private static Optional<NodeId> first(List<NodeId> ids) {
    return ids.stream().findFirst();
  }

  /** The point judged against the SLAs the flow now gives each sink, as results are re-judged. */
  private static SweepPoint judged(SweepPoint point, Flow flow) {
    ModeResult result = point.result();
    for (Sink sink : flow.sinks().toList()) {
      Sla now = flow.effectiveSla(sink);
      if (result.sink(sink.id()).filter(s -> !s.sla().equals(now)).isPresent()) {
        result = result.withSla(sink.id(), now);
      }
    }
    return result == point.result()
        ? point
        : new SweepPoint(
            point.mode(), point.knob(), point.parallelismScale(), point.configured(), result);
  }

  private void refreshSink() {
    Optional<NodeId> sink = selectedSink.get();
    Flow flow = document.flow();
    sla.set(
        sink.flatMap(flow::node)
            .filter(Sink.class::isInstance)
            .map(n -> flow.effectiveSla((Sink) n)));
    List<SweepPoint> onFrontier =
        sink.map(
                id ->
                    ParetoFrontier.of(
                        points.get(),
                        p ->
                            p.stable()
                                ? p.slaLatencySeconds(id)
                                    .map(
                                        l ->
                                            new ParetoFrontier.Objectives(
                                                p.costPerMonthUsd().doubleValue(), l))
                                : Optional.empty()))
            .orElse(List.of());
    frontier.set(onFrontier);
    Optional<SweepPoint> own =
        stale.get()
            ? Optional.empty()
            : points.get().stream()
                .filter(p -> Configuration.isConfiguredAs(flow, p.configured()))
                .findFirst();
    current.set(stale.get() ? Optional.empty() : currentMark(own, sink));
    // The cheapest point meeting every SLA can be off this sink's frontier (an equally cheap,
    // faster point there misses another target): list it too, so it can be applied.
    List<SweepPoint> listed = new ArrayList<>(onFrontier);
    cheapest
        .get()
        .filter(c -> sink.isPresent() && listed.stream().noneMatch(p -> p == c))
        .ifPresent(
            c -> {
              int at = 0;
              while (at < listed.size()
                  && listed.get(at).costPerMonthUsd().compareTo(c.costPerMonthUsd()) <= 0) {
                at++;
              }
              listed.add(at, c);
            });
    List<FrontierRow> list = new ArrayList<>();
    for (SweepPoint p : listed) {
      list.add(
          FrontierRow.of(
              p,
              sink.orElseThrow(),
              cheapest.get().filter(c -> c == p).isPresent(),
              own.filter(o -> o == p).isPresent()));
    }
    rows.setAll(list);
    summary.set(summarize(own));
  }

  /**
   * Where the flow's own configuration stands: its sweep point when the sweep tried it, else the
   * latest simulation's as-designed figures (or its only mode's) while those are current.
   */
  private Optional<Mark> currentMark(Optional<SweepPoint> own, Optional<NodeId> sink) {
    if (sink.isEmpty()) {
      return Optional.empty();
    }
    if (own.isPresent()) {
      return mark(own.get().result(), sink.get());
    }
    if (results.staleProperty().get()) {
      return Optional.empty();
    }
    return results
        .resultProperty()
        .get()
        .flatMap(FrontierViewModel::asDesigned)
        .flatMap(m -> mark(m, sink.get()));
  }

  private static Optional<ModeResult> asDesigned(SimulationResult result) {
    return result
        .mode(Recommender.AS_DESIGNED)
        .or(
            () ->
                result.modes().size() == 1 ? Optional.of(result.modes().get(0)) : Optional.empty());
  }

  private static Optional<Mark> mark(ModeResult mode, NodeId sink) {
    return mode.sink(sink)
        .flatMap(SinkResult::slaLatency)
        .map(e -> new Mark(mode.mode(), e.mean(), mode.costPerMonthUsd()));
  }

  private String summarize(Optional<SweepPoint> own) {
    if (swept.isEmpty() || stale.get()) {
      return "";
    }
    if (cheapest.get().isEmpty()) {
      return "No configuration in the sweep meets every SLA.";
    }
    SweepPoint best = cheapest.get().get();
    String line =
        "Cheapest that meets every SLA: "
            + FrontierRow.describe(best)
            + " — "
            + Wording.usd(best.costPerMonthUsd())
            + "/mo";
    if (own.filter(o -> Configuration.isConfiguredAs(o.configured(), best.configured()))
        .isPresent()) {
      return line + ", the current configuration.";
    }
    return line
        + current.get().map(now -> ", " + compared(best.costPerMonthUsd(), now)).orElse("")
        + ".";
  }

  /** "78 % less than now", "12 % more than now", "the same cost as now". */
  static String compared(BigDecimal cost, Mark now) {
    double before = now.costPerMonthUsd().doubleValue();
    if (before <= 0 || cost.compareTo(now.costPerMonthUsd()) == 0) {
      return "the same cost as now";
    }
    long percent = Math.round(Math.abs(before - cost.doubleValue()) / before * 100);
    return percent + " % " + (cost.doubleValue() < before ? "less" : "more") + " than now";
  }

  /** Shows the frontier at another sink. */
  public void selectSink(NodeId sink) {
    if (sinks.contains(sink) && !selectedSink.get().equals(Optional.of(sink))) {
      selectedSink.set(Optional.of(sink));
      refreshSink();
    }
  }

  /**
   * Sets the point's configuration in the flow (execution settings, every transform's parallelism
   * and mode) as one undoable step. Refused (false) while the sweep is stale or for a point of
   * another sweep.
   */
  public boolean apply(SweepPoint point) {
    boolean ours = points.get().stream().anyMatch(p -> p == point);
    if (!ours || stale.get()) {
      return false;
    }
    Flow flow = document.flow();
    if (!Configuration.isConfiguredAs(flow, point.configured())) {
      document.execute(
          Configuration.applying("Apply " + FrontierRow.describe(point), flow, point.configured()));
    }
    return true;
  }

  /** The frontier table as tab-separated text with a header, for the clipboard. */
  public String tableText() {
    StringBuilder out = new StringBuilder();
    selectedSink.get().ifPresent(s -> out.append("sink\t").append(s.value()).append('\n'));
    out.append(String.join("\t", FrontierRow.HEADERS)).append('\n');
    for (FrontierRow row : rows) {
      out.append(String.join("\t", row.cells())).append('\n');
    }
    return out.toString();
  }

  public SweepRunner runner() {
    return runner;
  }

  /** True when the flow changed since the sweep beyond its configuration, layout and SLAs. */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  public ObservableList<NodeId> sinks() {
    return sinksView;
  }

  public ReadOnlyObjectProperty<Optional<NodeId>> selectedSinkProperty() {
    return selectedSink.getReadOnlyProperty();
  }

  /** Every swept point, judged against the current SLAs, in grid order. */
  public ReadOnlyObjectProperty<List<SweepPoint>> pointsProperty() {
    return points.getReadOnlyProperty();
  }

  /** The selected sink's frontier, cheapest (and slowest) first. */
  public ReadOnlyObjectProperty<List<SweepPoint>> frontierProperty() {
    return frontier.getReadOnlyProperty();
  }

  /** The cheapest point meeting every sink's SLA. */
  public ReadOnlyObjectProperty<Optional<SweepPoint>> cheapestProperty() {
    return cheapest.getReadOnlyProperty();
  }

  /** Where the flow's own configuration stands at the selected sink, when known and current. */
  public ReadOnlyObjectProperty<Optional<Mark>> currentProperty() {
    return current.getReadOnlyProperty();
  }

  /** The selected sink's SLA as the flow now sets it. */
  public ReadOnlyObjectProperty<Optional<Sla>> slaProperty() {
    return sla.getReadOnlyProperty();
  }

  /**
   * One row per frontier point at the selected sink, cheapest first, plus the cheapest point
   * meeting every SLA when it is not on this sink's frontier.
   */
  public ObservableList<FrontierRow> rows() {
    return rowsView;
  }

  /** The cheapest configuration meeting every SLA and how it compares with now, in one line. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Progress, failure, staleness or what was swept, in one line. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }
}

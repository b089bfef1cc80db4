package dev.napkin.app.report;

import static dev.napkin.app.report.JsonWriter.integer;
import static dev.napkin.app.report.JsonWriter.number;
import static dev.napkin.app.report.JsonWriter.object;

import dev.napkin.app.report.JsonWriter.Obj;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Transform;
import dev.napkin.simulator.result.LatencySummary;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.sweep.SweepPoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sweep --format json}: the settings and grid, every point (its configuration, cost,
 * latencies and SLA verdicts per sink), the frontier per sink and the cheapest point meeting every
 * SLA, both as point numbers. Latencies in seconds, costs in USD per month of 730 hours; see
 * docs/sweep-output.md.
 */
public final class SweepJsonReport implements SweepReport {
  @Override
  public String render(SweepRun run) {
    Obj root =
        object()
            .put("flow", run.flow().name())
            .put("seed", integer(run.settings().seed()))
            .put("horizon", run.settings().horizon().toString())
            .put("warmup", run.settings().warmup().toString())
            .put("replications", integer(run.settings().replications()))
            .put("fidelity", run.settings().fidelity().specName())
            .put("grid", grid(run))
            .put("points", run.result().points().stream().map(p -> point(run, p)).toList())
            .put("frontier", frontiers(run))
            .put(
                "cheapestMeetingAllSlas",
                run.result()
                    .cheapestMeetingAll()
                    .map(p -> (Object) integer(run.number(p)))
                    .orElse(null))
            .put("warnings", JsonWriter.list(run.warnings()));
    return JsonWriter.print(root);
  }

  private static Obj grid(SweepRun run) {
    Obj knobs = object();
    run.grid()
        .knobs()
        .forEach(
            (mode, values) ->
                knobs.put(
                    mode,
                    object()
                        .put("knob", SweepPoint.knobName(mode))
                        .put(
                            "values",
                            JsonWriter.list(values.stream().map(Object::toString).toList()))));
    return object()
        .put("knobs", knobs)
        .put(
            "parallelismScales",
            JsonWriter.list(run.grid().scales().stream().map(SweepJsonReport::scale).toList()));
  }

  private static Obj point(SweepRun run, SweepPoint p) {
    return object()
        .put("point", integer(run.number(p)))
        .put("mode", p.mode())
        .put("knob", p.knobName())
        .put("knobValue", p.knob().toString())
        .put("parallelismScale", scale(p.parallelismScale()))
        .put("parallelism", parallelism(p))
        .put("stable", p.stable())
        .put("fallingBehind", p.result().fallingBehind())
        .put("instability", p.result().instability().orElse(null))
        .put("costPerMonthUsd", number(ReportNumbers.usd(p.costPerMonthUsd())))
        .put("meetsAllSlas", p.meetsAllSlas())
        .put("cheapestMeetingAllSlas", run.isCheapest(p))
        .put("sinks", p.result().sinks().stream().map(s -> sink(run, p, s)).toList());
  }

  private static Obj parallelism(SweepPoint p) {
    Obj workers = object();
    p.configured().transforms().forEach(t -> workers.put(t.id().value(), integer(t.parallelism())));
    return workers;
  }

  private static Obj sink(SweepRun run, SweepPoint p, SinkResult sink) {
    Optional<LatencySummary> latency = sink.latency();
    return object()
        .put("sink", sink.sink().value())
        .put("records", integer(sink.records()))
        .put(
            "latency",
            latency
                .map(
                    l ->
                        object()
                            .put("mean", seconds(l.mean().mean()))
                            .put("p50", seconds(l.p50().mean()))
                            .put("p95", seconds(l.p95().mean()))
                            .put("p99", seconds(l.p99().mean()))
                            .put("max", seconds(l.max().mean())))
                .orElse(null))
        .put("slaPercentile", number(ReportNumbers.fixed(sink.percentile(), 3)))
        .put("slaLatency", sink.slaLatency().map(e -> seconds(e.mean())).orElse(null))
        .put("slaTarget", sink.slaTarget().map(d -> seconds(d.seconds())).orElse(null))
        .put(
            "slaAttainment",
            sink.slaAttainment().map(a -> number(ReportNumbers.share(a))).orElse(null))
        .put("slaMet", sink.slaMet())
        .put("completeness", number(ReportNumbers.share(sink.completeness().mean())))
        .put("onFrontier", run.onFrontier(p, sink.sink()));
  }

  private static List<Object> frontiers(SweepRun run) {
    Map<NodeId, List<SweepPoint>> bySink = run.result().frontierBySink();
    return bySink.entrySet().stream()
        .map(
            e ->
                (Object)
                    object()
                        .put("sink", e.getKey().value())
                        .put(
                            "points",
                            JsonWriter.list(
                                e.getValue().stream().map(p -> integer(run.number(p))).toList())))
        .toList();
  }

  static JsonWriter.Number scale(double scale) {
    return number(ReportNumbers.fixed(scale, 4));
  }

  private static JsonWriter.Number seconds(double value) {
    return number(ReportNumbers.seconds(value));
  }

  static int workers(SweepPoint p) {
    return p.configured().transforms().mapToInt(Transform::parallelism).sum();
  }
}

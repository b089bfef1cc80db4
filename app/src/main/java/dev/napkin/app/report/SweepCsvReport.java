package dev.napkin.app.report;

import dev.napkin.simulator.result.LatencySummary;
import dev.napkin.simulator.result.SinkResult;
import dev.napkin.simulator.sweep.SweepPoint;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code sweep --format csv}: a header, then one row per point × sink, numbers as in the JSON
 * report (seconds, USD per month), empty cells for what does not apply. {@code parallelism} lists
 * the workers per transform as {@code id=n} separated by semicolons. Quoting as in {@link
 * CsvReport}.
 */
public final class SweepCsvReport implements SweepReport {
  static final List<String> HEADER =
      List.of(
          "point",
          "mode",
          "knob",
          "knob_value",
          "parallelism_scale",
          "parallelism",
          "total_parallelism",
          "stable",
          "falling_behind",
          "cost_per_month_usd",
          "meets_all_slas",
          "cheapest_meeting_all_slas",
          "sink",
          "records",
          "latency_p50_s",
          "latency_p95_s",
          "latency_p99_s",
          "sla_percentile",
          "latency_at_sla_percentile_s",
          "sla_latency_s",
          "sla_attainment",
          "sla_met",
          "completeness",
          "on_frontier");

  @Override
  public String render(SweepRun run) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (SweepPoint point : run.result().points()) {
      for (SinkResult sink : point.result().sinks()) {
        line(out, row(run, point, sink));
      }
    }
    return out.toString();
  }

  private static List<String> row(SweepRun run, SweepPoint p, SinkResult sink) {
    Optional<LatencySummary> l = sink.latency();
    return List.of(
        Integer.toString(run.number(p)),
        p.mode(),
        p.knobName(),
        p.knob().toString(),
        ReportNumbers.fixed(p.parallelismScale(), 4),
        p.configured()
            .transforms()
            .map(t -> t.id().value() + "=" + t.parallelism())
            .collect(Collectors.joining(";")),
        Integer.toString(SweepJsonReport.workers(p)),
        Boolean.toString(p.stable()),
        Boolean.toString(p.result().fallingBehind()),
        ReportNumbers.usd(p.costPerMonthUsd()),
        Boolean.toString(p.meetsAllSlas()),
        Boolean.toString(run.isCheapest(p)),
        sink.sink().value(),
        Long.toString(sink.records()),
        seconds(l, s -> s.p50().mean()),
        seconds(l, s -> s.p95().mean()),
        seconds(l, s -> s.p99().mean()),
        ReportNumbers.fixed(sink.percentile(), 3),
        sink.slaLatency().map(e -> ReportNumbers.seconds(e.mean())).orElse(""),
        sink.slaTarget().map(d -> ReportNumbers.seconds(d.seconds())).orElse(""),
        sink.slaAttainment().map(ReportNumbers::share).orElse(""),
        Boolean.toString(sink.slaMet()),
        ReportNumbers.share(sink.completeness().mean()),
        Boolean.toString(run.onFrontier(p, sink.sink())));
  }

  private static String seconds(
      Optional<LatencySummary> latency, Function<LatencySummary, Double> statistic) {
    return latency.map(statistic).map(ReportNumbers::seconds).orElse("");
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append(cells.stream().map(CsvReport::cell).collect(Collectors.joining(","))).append('\n');
  }
}

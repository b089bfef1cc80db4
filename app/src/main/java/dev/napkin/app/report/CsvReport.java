package dev.napkin.app.report;

import dev.napkin.simulator.result.LatencySummary;
import dev.napkin.simulator.result.ModeResult;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.result.SinkResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code simulate --format csv}: a header, then one row per mode × sink, numbers as in the JSON
 * report (seconds, USD per month), empty cells for what does not apply. Lines end with {@code
 * "\n"}; cells with commas, quotes or line breaks are quoted (RFC 4180).
 */
public final class CsvReport implements Report {
  static final List<String> HEADER =
      List.of(
          "mode",
          "sink",
          "stable",
          "falling_behind",
          "records",
          "latency_mean_s",
          "latency_p50_s",
          "latency_p95_s",
          "latency_p99_s",
          "latency_max_s",
          "sla_latency_s",
          "sla_percentile",
          "latency_at_sla_percentile_s",
          "sla_attainment",
          "sla_met",
          "completeness",
          "late",
          "dropped",
          "mode_cost_per_month_usd");

  @Override
  public String render(SimulationResult result) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (ModeResult mode : result.modes()) {
      for (SinkResult sink : mode.sinks()) {
        line(out, row(mode, sink));
      }
    }
    return out.toString();
  }

  private static List<String> row(ModeResult mode, SinkResult sink) {
    Optional<LatencySummary> l = sink.latency();
    return List.of(
        mode.mode(),
        sink.sink().value(),
        Boolean.toString(mode.stable()),
        Boolean.toString(mode.fallingBehind()),
        Long.toString(sink.records()),
        seconds(l, s -> s.mean().mean()),
        seconds(l, s -> s.p50().mean()),
        seconds(l, s -> s.p95().mean()),
        seconds(l, s -> s.p99().mean()),
        seconds(l, s -> s.max().mean()),
        sink.slaTarget().map(d -> ReportNumbers.seconds(d.seconds())).orElse(""),
        ReportNumbers.fixed(sink.percentile(), 3),
        sink.slaLatency().map(e -> ReportNumbers.seconds(e.mean())).orElse(""),
        sink.slaAttainment().map(ReportNumbers::share).orElse(""),
        Boolean.toString(sink.slaMet()),
        ReportNumbers.share(sink.completeness().mean()),
        Long.toString(sink.late()),
        Long.toString(sink.dropped()),
        ReportNumbers.usd(mode.costPerMonthUsd()));
  }

  private static String seconds(
      Optional<LatencySummary> latency, Function<LatencySummary, Double> statistic) {
    return latency.map(statistic).map(ReportNumbers::seconds).orElse("");
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append('\n');
  }

  static String cell(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}

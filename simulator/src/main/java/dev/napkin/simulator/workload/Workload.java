package dev.napkin.simulator.workload;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.TraceData;
import dev.napkin.simulator.random.RecordStreams;
import dev.napkin.simulator.random.StreamKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records every mode sees (common random numbers): one {@link SourceRecords} per source, in the
 * flow's source order, all drawing from the replication's {@link RecordStreams}.
 */
public final class Workload {
  private Workload() {}

  public static List<SourceRecords> sources(
      Flow flow, Map<NodeId, TraceData> traces, RecordStreams streams, long horizon) {
    return flow.sources()
        .map(s -> records(s, Optional.ofNullable(traces.get(s.id())), streams, horizon))
        .toList();
  }

  /**
   * Every source's units: single records, or (with a plan: aggregate fidelity) weighted groups. A
   * trace source always gives its single records: a trace is replayed as recorded.
   */
  public static List<RecordSource> units(
      Flow flow,
      Map<NodeId, TraceData> traces,
      RecordStreams streams,
      long horizon,
      Optional<GroupPlan> plan) {
    return flow.sources()
        .map(
            s -> {
              if (plan.isPresent() && !(s.profile() instanceof Profile.Trace)) {
                long key = StreamKeys.node(s.id());
                return (RecordSource) new GroupedRecords(s, key, streams, horizon, plan.get());
              }
              return (RecordSource)
                  records(s, Optional.ofNullable(traces.get(s.id())), streams, horizon);
            })
        .toList();
  }

  public static SourceRecords records(
      Source source, Optional<TraceData> trace, RecordStreams streams, long horizon) {
    long key = StreamKeys.node(source.id());
    return new SourceRecords(
        source, key, eventTimes(source, key, trace, streams), streams, horizon);
  }

  private static EventTimes eventTimes(
      Source source, long key, Optional<TraceData> trace, RecordStreams streams) {
    if (source.profile() instanceof Profile.Trace t) {
      return new TraceEventTimes(
          trace.orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "source "
                          + source.id()
                          + " replays "
                          + t.file()
                          + " but no trace was given")));
    }
    return new RenewalEventTimes(
        source.arrivals(), source.rate().perSecond(), RateShape.of(source.profile()), key, streams);
  }

  /**
   * A source's long-run mean rate in records per second: its rate, or for a trace the records
   * before the horizon spread over the horizon.
   */
  public static double meanRatePerSecond(
      Source source, Optional<TraceData> trace, long horizonNanos) {
    if (source.profile() instanceof Profile.Trace) {
      long n = trace.map(t -> TraceEventTimes.countBefore(t, horizonNanos)).orElse(0L);
      return horizonNanos <= 0 ? 0 : n / (horizonNanos / 1e9);
    }
    return source.rate().perSecond();
  }
}

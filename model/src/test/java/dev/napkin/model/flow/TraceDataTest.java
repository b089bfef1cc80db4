package dev.napkin.model.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TraceDataTest {
  private static final long S = 1_000_000_000L;

  @Test
  void sortsArrivalsAndCountsEachAsOneRecord() {
    TraceData trace = TraceData.arrivals(new long[] {3 * S, S, 2 * S});

    assertThat(trace.times()).containsExactly(S, 2 * S, 3 * S);
    assertThat(trace.records()).isEqualTo(3);
    assertThat(trace.count(0)).isEqualTo(1);
    assertThat(trace.endNanos()).isEqualTo(3 * S);
  }

  @Test
  void givesTheLastIntervalTheLengthOfTheOneBefore() {
    TraceData trace = TraceData.counts(new long[] {0, 60 * S}, new long[] {5, 7});

    assertThat(trace.end(0)).isEqualTo(60 * S);
    assertThat(trace.end(1)).isEqualTo(120 * S);
    assertThat(trace.records()).isEqualTo(12);
    assertThat(TraceData.counts(new long[] {10 * S}, new long[] {4}).endNanos()).isEqualTo(11 * S);
  }

  @Test
  void isAValueTheCallerCannotChange() {
    long[] times = {S};
    TraceData trace = TraceData.arrivals(times);
    times[0] = 9;
    trace.times()[0] = 9;

    assertThat(trace).isEqualTo(TraceData.arrivals(new long[] {S}));
    assertThat(trace.hashCode()).isEqualTo(TraceData.arrivals(new long[] {S}).hashCode());
  }

  @Test
  void refusesIntervalsOutOfOrderAndNegativeCounts() {
    assertThatThrownBy(() -> TraceData.counts(new long[] {S, S}, new long[] {1, 1}))
        .hasMessage("trace times must increase (row 2)");
    assertThatThrownBy(() -> TraceData.counts(new long[] {S}, new long[] {-1}))
        .hasMessage("trace count -1 is negative");
    assertThatThrownBy(() -> TraceData.arrivals(new long[0]))
        .hasMessage("a trace needs at least one row");
  }
}

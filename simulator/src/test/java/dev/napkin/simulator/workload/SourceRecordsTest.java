package dev.napkin.simulator.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import dev.napkin.simulator.random.RecordStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Arrival processes and profiles, checked against their expected counts within 4 SE. */
class SourceRecordsTest {
  private static final long SECOND = 1_000_000_000L;

  private static Source source(double rate, Arrivals arrivals, Profile profile) {
    return new Source(
        Source.of("s", Rate.perSecond(rate)).id(),
        "s",
        Optional.empty(),
        Rate.perSecond(rate),
        arrivals,
        profile,
        Source.DEFAULT_RECORD_SIZE,
        Optional.empty());
  }

  private static long[] eventTimes(Source source, long horizon, long seed) {
    SourceRecords records =
        Workload.records(source, Optional.empty(), new RecordStreams(seed, 0), horizon);
    List<Long> out = new ArrayList<>();
    while (records.advance()) {
      out.add(records.eventTime());
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private static void assertPoissonCount(long observed, double expected) {
    assertThat(Math.abs(observed - expected))
        .as("count %s, expected %s", observed, expected)
        .isLessThan(4 * Math.sqrt(expected));
  }

  @Test
  void poissonArrivalsHaveTheRateAndExponentialGaps() {
    long[] times = eventTimes(source(1000, Arrivals.POISSON, Profile.CONSTANT), 100 * SECOND, 1);
    assertPoissonCount(times.length, 100_000);
    long shortGaps = 0;
    for (int i = 1; i < times.length; i++) {
      shortGaps += times[i] - times[i - 1] <= 1_000_000 ? 1 : 0;
    }
    double p = 1 - Math.exp(-1);
    double share = shortGaps / (double) (times.length - 1);
    assertThat(Math.abs(share - p)).isLessThan(4 * Math.sqrt(p * (1 - p) / times.length));
  }

  @Test
  void uniformGapsLieBetweenZeroAndTwiceTheMean() {
    long[] times = eventTimes(source(1000, Arrivals.UNIFORM, Profile.CONSTANT), 100 * SECOND, 2);
    double n = times.length - 1;
    double sum = 0;
    double sumSquares = 0;
    long max = 0;
    for (int i = 1; i < times.length; i++) {
      long gap = times[i] - times[i - 1];
      sum += gap;
      sumSquares += (double) gap * gap;
      max = Math.max(max, gap);
    }
    double mean = sum / n;
    double variance = sumSquares / n - mean * mean;
    double sd = 2e6 / Math.sqrt(12);
    assertThat(Math.abs(mean - 1e6)).isLessThan(4 * sd / Math.sqrt(n));
    assertThat(variance / (sd * sd)).isBetween(0.98, 1.02); // SE of a variance ≈ 0.3 % here
    assertThat(max).isLessThanOrEqualTo(2_000_001);
  }

  @Test
  void deterministicArrivalsComeEveryGapFromOneGapAfterZero() {
    long[] times = eventTimes(source(3, Arrivals.DETERMINISTIC, Profile.CONSTANT), 2 * SECOND, 1);
    assertThat(times)
        .containsExactly(
            333_333_333L, 666_666_667L, 1_000_000_000L, 1_333_333_333L, 1_666_666_667L);
  }

  @Test
  void diurnalProfileFollowsItsDailyShapeAndKeepsTheMean() {
    double rate = 10;
    double peak = 1.8;
    long peakAt = 14 * 3600 * SECOND;
    long day = 24 * 3600 * SECOND;
    long[] times =
        eventTimes(
            source(rate, Arrivals.POISSON, new Profile.Diurnal(peak, Duration.ofNanos(peakAt))),
            day,
            3);
    long[] perHour = new long[24];
    for (long t : times) {
      perHour[(int) (t / (3600 * SECOND))]++;
    }
    DiurnalShape shape = new DiurnalShape(peak, peakAt);
    for (int h = 0; h < 24; h++) {
      double expected =
          rate * (shape.operational((h + 1) * 3600e9) - shape.operational(h * 3600e9)) / 1e9;
      assertPoissonCount(perHour[h], expected);
    }
    assertPoissonCount(times.length, rate * 86_400);
    assertThat(perHour[14]).isGreaterThan(3 * perHour[2]);
  }

  @Test
  void diurnalTimeChangeInvertsItselfEvenWhereTheRateTouchesZero() {
    DiurnalShape flat = new DiurnalShape(2, 6 * 3600 * SECOND); // factor 0 at 18:00
    DiurnalShape steep = new DiurnalShape(1.8, 6 * 3600 * SECOND);
    for (double t = 0; t < 3 * 86_400e9; t += 7_777e9) {
      double s = flat.operational(t);
      assertThat(flat.operational(flat.clock(s, 0))).isCloseTo(s, Offset.offset(1.0));
      assertThat(steep.clock(steep.operational(t), 0)).isCloseTo(t, Offset.offset(5.0));
    }
    assertThat(flat.operational(86_400e9)).isCloseTo(86_400e9, Offset.offset(1e-3));
  }

  @Test
  void burstsMultiplyTheRateAndKeepTheMean() {
    long every = 600 * SECOND;
    long duration = 60 * SECOND;
    Profile bursts = new Profile.Bursts(Duration.ofNanos(every), Duration.ofNanos(duration), 5);
    long[] times = eventTimes(source(100, Arrivals.POISSON, bursts), 12 * every, 4);
    long inBurst = 0;
    for (long t : times) {
      inBurst += t % every < duration ? 1 : 0;
    }
    double base = (600 - 60 * 5) / 540.0;
    assertPoissonCount(inBurst, 12 * 60 * 100 * 5.0);
    assertPoissonCount(times.length - inBurst, 12 * 540 * 100 * base);
    assertPoissonCount(times.length, 12 * 600 * 100.0);
  }

  @Test
  void burstsTooLargeForTheMeanPutEveryRecordInTheBurst() {
    BurstShape shape = (BurstShape) BurstShape.of(600 * SECOND, 60 * SECOND, 20);
    assertThat(new double[] {shape.burstFactor(), shape.baseFactor()}).containsExactly(10.0, 0.0);
  }

  @Test
  void traceTimestampsAreReplayedAsTheyAre() {
    TraceData trace = TraceData.arrivals(new long[] {5, 7, 7, 100, 2 * SECOND});
    SourceRecords records =
        Workload.records(
            source(1, Arrivals.POISSON, new Profile.Trace("t.csv")),
            Optional.of(trace),
            new RecordStreams(1, 0),
            SECOND);
    List<Long> times = new ArrayList<>();
    while (records.advance()) {
      times.add(records.eventTime());
    }
    assertThat(times).containsExactly(5L, 7L, 7L, 100L);
    assertThat(TraceEventTimes.countBefore(trace, SECOND)).isEqualTo(4);
  }

  @Test
  void traceCountsAreSpreadEvenlyOverTheirIntervals() {
    TraceData trace = TraceData.counts(new long[] {0, 10, 30}, new long[] {2, 4, 1});
    TraceEventTimes times = new TraceEventTimes(trace);
    List<Long> out = new ArrayList<>();
    for (long t = times.next(0); t != EventTimes.NONE; t = times.next(out.size())) {
      out.add(t);
    }
    // [0,10): 2 points at 2.5, 7.5; [10,30): 4 at 12.5 .. 27.5; [30,50): 1 at 40
    assertThat(out).containsExactly(2L, 7L, 12L, 17L, 22L, 27L, 40L);
    assertThat(TraceEventTimes.countBefore(trace, 20)).isEqualTo(4);
    assertThat(TraceEventTimes.countBefore(trace, 1_000)).isEqualTo(7);
  }

  @Test
  void latenessDelaysArrivalByItsDistribution() {
    Source late =
        new Source(
            Source.of("s", Rate.perSecond(1000)).id(),
            "s",
            Optional.empty(),
            Rate.perSecond(1000),
            Arrivals.POISSON,
            Profile.CONSTANT,
            Source.DEFAULT_RECORD_SIZE,
            Optional.of(new Distribution.Exponential(Duration.ofSeconds(2))));
    SourceRecords records =
        Workload.records(late, Optional.empty(), new RecordStreams(5, 0), 50 * SECOND);
    double sum = 0;
    long n = 0;
    while (records.advance()) {
      sum += records.lateness() / 1e9;
      n++;
    }
    assertThat(Math.abs(sum / n - 2)).isLessThan(4 * 2 / Math.sqrt(n));
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndAnotherReplicationOthers() {
    Source s = source(100, Arrivals.POISSON, Profile.CONSTANT);
    assertThat(eventTimes(s, 10 * SECOND, 9)).isEqualTo(eventTimes(s, 10 * SECOND, 9));
    SourceRecords a = Workload.records(s, Optional.empty(), new RecordStreams(9, 0), SECOND);
    SourceRecords b = Workload.records(s, Optional.empty(), new RecordStreams(9, 1), SECOND);
    a.advance();
    b.advance();
    assertThat(a.eventTime()).isNotEqualTo(b.eventTime());
    assertThat(a.id()).isEqualTo(b.id()); // identity is (source, sequence), not the draws
  }
}

package dev.napkin.simulator.mode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeakLoadTest {
  private static final long DAY = 86_400_000_000_000L;

  /** 100 records/s with a diurnal peak, into a stage of the given mean utilization. */
  private static Flow flow(double peak, double meanUtilization) {
    Source source =
        new Source(
            NodeId.of("events"),
            "events",
            Optional.empty(),
            Rate.parse("100/s"),
            Arrivals.POISSON,
            new Profile.Diurnal(peak, Duration.ofHours(14)),
            Source.DEFAULT_RECORD_SIZE,
            Optional.empty());
    Transform stage =
        new Transform(
            NodeId.of("score"),
            "score",
            Optional.empty(),
            dev.napkin.model.flow.Op.MAP,
            Distribution.fixed(Duration.ofSeconds(meanUtilization / 100)),
            Duration.ZERO,
            1.0,
            1,
            Optional.empty(),
            1,
            Optional.empty());
    return Flow.of(
        "peak",
        List.of(source, stage, Sink.of("out")),
        List.of(Edge.of("events", "score"), Edge.of("score", "out")));
  }

  @Test
  void namesTheHoursAPeakAboveCapacityCovers() {
    // ρ(t) = 0.8 · (1 + 0.5 cos(2π (t − 14:00) / 24 h)) ≥ 1 when cos ≥ 0.5: 10:00 to 18:00.
    List<String> warnings = PeakLoad.warnings(flow(1.5, 0.8), Map.of(), DAY);

    assertThat(warnings)
        .containsExactly(
            "score: the diurnal peak takes it over capacity around 10:00–18:00 (utilization up to"
                + " 1.20, 0.80 on average): its backlog grows then and drains afterwards");
  }

  @Test
  void saysNothingWhenThePeakStaysBelowCapacity() {
    assertThat(PeakLoad.warnings(flow(1.2, 0.8), Map.of(), DAY)).isEmpty();
  }

  @Test
  void leavesAStageOverloadedOnAverageToTheInstabilityReport() {
    assertThat(PeakLoad.warnings(flow(1.5, 1.1), Map.of(), DAY)).isEmpty();
  }
}

package dev.napkin.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import dev.napkin.simulator.mode.LoadAnalysis;
import dev.napkin.simulator.mode.Topology;
import dev.napkin.simulator.testing.TestFlows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SweepGridTest {
  private static final Duration HOUR = Duration.ofHours(1);

  /** source → parse → enrich → sink, each stage with its own parallelism and cost. */
  private static Flow chain(double ratePerSecond, int parseWorkers, int enrichWorkers) {
    Transform parse = Transform.of("parse").withParallelism(parseWorkers);
    Transform enrich = Transform.of("enrich").withParallelism(enrichWorkers);
    return Flow.of(
        "chain",
        List.of(Source.of("in", Rate.perSecond(ratePerSecond)), parse, enrich, Sink.of("out")),
        List.of(Edge.of("in", "parse"), Edge.of("parse", "enrich"), Edge.of("enrich", "out")));
  }

  private static double worstLoad(Flow flow) {
    Topology topology = Topology.of(flow);
    LoadAnalysis load = LoadAnalysis.of(topology, Map.of(), HOUR.nanos());
    double worst = 0;
    for (int i = 0; i < topology.nodeCount(); i++) {
      worst = Math.max(worst, load.utilization(i));
    }
    return worst;
  }

  @Test
  void theLeastScaleOfTheClickstreamExampleIsOneWorkerOfItsEight() {
    // 2000/s × 150 µs = 0.3 of a worker: one worker keeps ρ below 1.
    assertThat(SweepGrid.leastScale(SweepFixtures.clickstream(), Map.of(), HOUR)).isEqualTo(0.125);
  }

  @Test
  void theStandardGridOfTheClickstreamExample() {
    SweepGrid grid = SweepGrid.standard(SweepFixtures.clickstream());

    assertThat(grid.knobs())
        .containsExactly(
            Map.entry(
                "batch",
                List.of(
                    Duration.ofMinutes(15),
                    Duration.ofMinutes(30),
                    HOUR,
                    Duration.ofHours(2),
                    Duration.ofHours(4))),
            Map.entry(
                "micro-batch",
                List.of(
                    Duration.ofMillis(7500),
                    Duration.ofSeconds(15),
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(2))),
            Map.entry(
                "streaming",
                List.of(
                    Duration.ofSeconds(15),
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(2),
                    Duration.ofMinutes(4))));
    // Log-spaced from 1/8 to 4, the one nearest 1 replaced by 1.
    assertThat(grid.scales()).hasSize(5);
    assertThat(grid.scales().get(0)).isEqualTo(0.125);
    assertThat(grid.scales().get(1)).isCloseTo(0.2973, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(grid.scales().subList(2, 5)).containsExactly(1.0, 1.681792830507429, 4.0);
    assertThat(grid.size()).isEqualTo(75);
  }

  @Property(tries = 200)
  void theLeastScaleKeepsEveryStageBelowFullLoadAndOneWorkerLessWouldNot(
      @ForAll @DoubleRange(min = 1, max = 200_000) double rate,
      @ForAll @IntRange(min = 1, max = 64) int parseWorkers,
      @ForAll @IntRange(min = 1, max = 64) int enrichWorkers) {
    Flow flow = chain(rate, parseWorkers, enrichWorkers);

    double least = SweepGrid.leastScale(flow, Map.of(), HOUR);
    Flow scaled = Configurations.configure(flow, "streaming", Duration.ofMinutes(1), least);

    assertThat(worstLoad(scaled)).isLessThan(1);
    // At the least scale some stage is at its fewest workers: one fewer would overload it.
    boolean tight =
        scaled
            .transforms()
            .anyMatch(
                t ->
                    t.parallelism() == 1
                        || worstLoad(
                                scaled.withNodes(
                                    scaled.nodes().stream()
                                        .map(
                                            n ->
                                                n.id().equals(t.id())
                                                    ? t.withParallelism(t.parallelism() - 1)
                                                    : n)
                                        .toList()))
                            >= 1);
    assertThat(tight).isTrue();
  }

  @Property(tries = 200)
  void standardScalesRunFromTheLeastToFourTimesTheSpecOrTheLeast(
      @ForAll @DoubleRange(min = 0.01, max = 50) double least) {
    List<Double> scales = SweepGrid.standardScales(least);

    assertThat(scales).hasSize(5).isSorted();
    assertThat(scales.get(0)).isEqualTo(least);
    assertThat(scales.get(4)).isEqualTo(4 * Math.max(1, least));
    if (least < 1) {
      assertThat(scales).contains(1.0);
    }
  }

  @Test
  void aFlowThatNeedsMoreThanItsSpecStartsAboveOne() {
    // 25,000/s × 100 µs = 2.5 workers' worth: parse needs 3 and has 1; enrich has 8.
    Flow flow = chain(25_000, 1, 8);

    SweepGrid grid = SweepGrid.standard(flow);

    assertThat(grid.scales().get(0)).isEqualTo(3.0);
    assertThat(grid.scales().get(4)).isEqualTo(12.0);
    assertThat(grid.scales()).doesNotContain(1.0);
  }

  @Test
  void onlyModeKeepsOneModeAndTheScales() {
    SweepGrid grid = SweepGrid.standard(TestFlows.clickstream());

    SweepGrid streaming = grid.onlyMode("streaming");

    assertThat(streaming.knobs().keySet()).containsExactly("streaming");
    assertThat(streaming.scales()).isEqualTo(grid.scales());
  }

  @Test
  void modesKeepReportOrderWhateverTheMapOrder() {
    Map<String, List<Duration>> knobs = new LinkedHashMap<>();
    knobs.put("streaming", List.of(Duration.ofSeconds(10)));
    knobs.put("batch", List.of(HOUR));

    assertThat(new SweepGrid(knobs, List.of(1.0)).knobs().keySet())
        .containsExactly("batch", "streaming");
  }

  @Test
  void rejectsWhatCannotBeSwept() {
    assertThatThrownBy(() -> new SweepGrid(Map.of("as-designed", List.of(HOUR)), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"as-designed\" cannot be swept (batch | micro-batch | streaming)");
    assertThatThrownBy(() -> new SweepGrid(Map.of("batch", List.of()), List.of(1.0)))
        .hasMessage("batch: no knob value to sweep");
    assertThatThrownBy(() -> new SweepGrid(Map.of("batch", List.of(Duration.ZERO)), List.of(1.0)))
        .hasMessage("batch: a knob value must be positive, got 0s");
    assertThatThrownBy(() -> new SweepGrid(Map.of("batch", List.of(HOUR)), List.of(0.0)))
        .hasMessage("a parallelism scale must be positive, got 0.0");
    assertThatThrownBy(() -> new SweepGrid(Map.of("batch", List.of(HOUR)), List.of()))
        .hasMessage("a sweep needs at least one parallelism scale");
    assertThatThrownBy(() -> new SweepGrid(Map.of(), List.of(1.0)))
        .hasMessage("a sweep needs at least one mode");
  }
}

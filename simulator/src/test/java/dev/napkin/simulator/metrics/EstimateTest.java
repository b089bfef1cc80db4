package dev.napkin.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateTest {
  @Test
  void fiveReplicationsGiveAStudentTInterval() {
    // mean 3, s = sqrt(2.5), se = s / sqrt(5) = 0.707107, t(0.975, 4) = 2.776445.
    Estimate e = Estimate.of(1, 2, 3, 4, 5);

    assertThat(e.mean()).isEqualTo(3.0);
    assertThat(e.n()).isEqualTo(5);
    assertThat(e.low()).isCloseTo(3 - 1.963243, within(1e-6));
    assertThat(e.high()).isCloseTo(3 + 1.963243, within(1e-6));
  }

  @Test
  void oneReplicationIsItsOwnInterval() {
    assertThat(Estimate.of(List.of(63.0))).isEqualTo(new Estimate(63, 63, 63, 1));
  }

  @Test
  void identicalValuesGiveExactlyThatValue() {
    double tenth = 0.1;
    assertThat(Estimate.of(tenth, tenth, tenth, tenth, tenth, tenth, tenth))
        .isEqualTo(new Estimate(0.1, 0.1, 0.1, 7));
  }

  @Test
  void scalesEveryBound() {
    assertThat(new Estimate(2, 1, 3, 4).scaled(1e-3))
        .isEqualTo(new Estimate(0.002, 0.001, 0.003, 4));
  }

  @Test
  void clampingCutsTheIntervalToPossibleValues() {
    assertThat(new Estimate(0.99, 0.97, 1.01, 5).clamped(0, 1))
        .isEqualTo(new Estimate(0.99, 0.97, 1.0, 5));
    assertThat(new Estimate(0.5, -0.2, 1.2, 3).clamped(0, Double.POSITIVE_INFINITY))
        .isEqualTo(new Estimate(0.5, 0, 1.2, 3));
  }

  @Test
  void refusesNoValuesAndNonFiniteValues() {
    assertThatThrownBy(Estimate::of)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an estimate needs at least one value");
    assertThatThrownBy(() -> Estimate.of(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot estimate from a non-finite value: NaN");
  }
}

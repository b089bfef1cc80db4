package dev.napkin.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.testing.TestFlows;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationsTest {
  private final Flow hybrid = TestFlows.hybrid(); // parse (1, streaming), sessionize (4, batch)

  private static List<Integer> parallelisms(Flow flow) {
    return flow.transforms().map(Transform::parallelism).toList();
  }

  @Test
  void batchSetsEveryAndRunsEveryStageInBatch() {
    Flow configured = Configurations.configure(hybrid, "batch", Duration.ofMinutes(15), 1);

    assertThat(configured.execution())
        .isEqualTo(
            hybrid
                .execution()
                .withMode(ExecutionMode.BATCH)
                .withBatch(hybrid.execution().batch().withEvery(Duration.ofMinutes(15))));
    assertThat(configured.transforms().map(Transform::mode)).allMatch(java.util.Optional::isEmpty);
    assertThat(parallelisms(configured)).containsExactly(1, 4);
    assertThat(configured.withExecution(hybrid.execution()).withNodes(hybrid.nodes()))
        .isEqualTo(hybrid);
  }

  @Test
  void microBatchSetsEveryAndStreamingSetsTheCheckpoint() {
    Flow micro = Configurations.configure(hybrid, "micro-batch", Duration.ofSeconds(10), 1);
    Flow streaming = Configurations.configure(hybrid, "streaming", Duration.ofSeconds(20), 1);

    assertThat(micro.execution())
        .isEqualTo(
            hybrid
                .execution()
                .withMode(ExecutionMode.MICRO_BATCH)
                .withMicroBatch(hybrid.execution().microBatch().withEvery(Duration.ofSeconds(10))));
    assertThat(streaming.execution())
        .isEqualTo(
            hybrid
                .execution()
                .withMode(ExecutionMode.STREAMING)
                .withStreaming(
                    Execution.Streaming.DEFAULTS.withCheckpoint(Duration.ofSeconds(20))));
  }

  @Test
  void scalesEveryParallelismUpToTheNextWholeWorkerAndNeverBelowOne() {
    assertThat(parallelisms(Configurations.configure(hybrid, "batch", Duration.ofHours(1), 0.3)))
        .containsExactly(1, 2);
    assertThat(parallelisms(Configurations.configure(hybrid, "batch", Duration.ofHours(1), 2.5)))
        .containsExactly(3, 10);
    assertThat(Configurations.scaledParallelism(8, 0.125)).isEqualTo(1);
    assertThat(Configurations.scaledParallelism(3, 1.0 / 3 * 2)).isEqualTo(2);
    assertThat(Configurations.scaledParallelism(8, 0.0001)).isEqualTo(1);
  }

  @Test
  void asDesignedCannotBeSwept() {
    assertThatThrownBy(
            () -> Configurations.configure(hybrid, "as-designed", Duration.ofHours(1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"as-designed\" cannot be swept");
  }
}

package dev.napkin.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Flow;
import dev.napkin.model.spec.FlowFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowSimulationTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("napkin.examples"));

  @ParameterizedTest
  @ValueSource(strings = {"lambda-architecture.yaml", "feature-store.yaml", "clickstream.yaml"})
  void comparesEveryModeIncludingAsDesignedForSingleModeAndHybridFlows(String example)
      throws Exception {
    Flow flow = FlowFile.load(EXAMPLES.resolve(example)).flow().orElseThrow();

    List<String> modes = FlowSimulation.standard(Optional::empty).modesFor(flow);

    assertThat(modes).containsExactly("batch", "micro-batch", "streaming", "as-designed");
  }
}

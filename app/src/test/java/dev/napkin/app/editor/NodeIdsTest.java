package dev.napkin.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.NodeId;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeIdsTest {
  private static final Set<NodeId> TAKEN =
      Set.of(NodeId.of("clicks"), NodeId.of("clicks-2"), NodeId.of("kafka"));

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          clicks,       clicks-3
          clicks-2,     clicks-3
          Click Events, click-events
          kafka,        kafka-2
          42 things,    things
          '***',        node
          """)
  void makesIdsOfTheSpecsFormThatClashWithNothing(String base, String expected) {
    assertThat(NodeIds.unique(base, TAKEN)).isEqualTo(NodeId.of(expected));
  }
}

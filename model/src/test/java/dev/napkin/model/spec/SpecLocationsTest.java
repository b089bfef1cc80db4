package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecLocationsTest {
  private static final String SPEC =
      """
      napkin: 1
      name: t
      nodes:
        - id: clicks
          kind: source
          rate: 10/s
        - id: agg
          kind: transform
          window: {type: tumbling, size: 1m}
      edges:
        - {from: clicks, to: agg}
      layout:
        ghost: {x: 1, y: 2}
      """;

  private final SpecLocations locations = TestSpecs.readYaml(SPEC).locations();

  private static SourceLocation at(int line, int column) {
    return new SourceLocation("flow.yaml", line, column);
  }

  @Test
  void findsTheValueAtAPath() {
    assertThat(locations.find("nodes[1].window.size")).contains(at(9, 36));
    assertThat(locations.find("edges[0].to")).contains(at(11, 24));
    assertThat(locations.find("layout.ghost")).contains(at(13, 10));
    assertThat(locations.find("")).contains(at(1, 1));
  }

  @Test
  void fallsBackToTheNearestWrittenParent() {
    assertThat(locations.find("nodes[1].window.allowedLateness")).contains(at(9, 13));
    assertThat(locations.find("nodes[0].lateness.of[1].weight")).contains(at(4, 5));
    assertThat(locations.find("simulation.horizon")).contains(at(1, 1));
  }

  @Test
  void attachesLocationsToIssuesThatHaveAPathButNoLocation() {
    Issue unknownNode = Issue.error("unknown-node", "edges[0].to", "no node agg2");
    Issue located = Issue.error("x", "nodes[0]", "already placed").at(at(99, 1));
    Issue pathless = Issue.error("no-sink", "", "the flow has no sink");

    List<Issue> attached =
        locations.attach(List.of(unknownNode.about(NodeId.of("agg")), located, pathless));

    assertThat(attached)
        .containsExactly(unknownNode.about(NodeId.of("agg")).at(at(11, 24)), located, pathless);
  }

  @Test
  void knowsNothingForAFlowNotReadFromAFile() {
    SpecLocations none = SpecLocations.empty();
    Issue issue = Issue.error("x", "nodes[0]", "m");

    assertThat(none.find("nodes[0]")).isEmpty();
    assertThat(none.attach(List.of(issue))).containsExactly(issue);
  }
}

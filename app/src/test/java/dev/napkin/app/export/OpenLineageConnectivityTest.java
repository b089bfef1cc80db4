package dev.napkin.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Transform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On random DAGs: one event per transform, and the events connect exactly as the edges do: each
 * edge a transform touches is one dataset in that transform's event, and data between two
 * transforms is the same dataset on both sides.
 */
class OpenLineageConnectivityTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Property(tries = 60)
  void everyEdgeTouchingATransformIsOneDatasetAndTransformsConnect(@ForAll long seed) {
    Flow flow = randomFlow(new Random(seed));
    List<String> lines = OpenLineageExporter.export(flow).lines().toList();
    List<Transform> transforms = flow.transforms().toList();

    assertThat(lines).hasSize(transforms.size());
    Set<String> inputs = new HashSet<>();
    Set<String> outputs = new HashSet<>();
    int inputCount = 0;
    int outputCount = 0;
    for (int i = 0; i < lines.size(); i++) {
      JsonNode event = JSON.readTree(lines.get(i));
      String job = event.path("job").path("name").asString();
      assertThat(job).isEqualTo("random-flow." + transforms.get(i).id());
      for (JsonNode d : event.path("inputs")) {
        inputs.add(job + " < " + d.path("namespace").asString() + "/" + d.path("name").asString());
        inputCount++;
      }
      for (JsonNode d : event.path("outputs")) {
        outputs.add(job + " > " + d.path("namespace").asString() + "/" + d.path("name").asString());
        outputCount++;
      }
    }

    Set<String> expectedInputs = new HashSet<>();
    Set<String> expectedOutputs = new HashSet<>();
    for (Edge edge : flow.edges()) {
      boolean fromTransform = isTransform(flow, edge.from().value());
      boolean toTransform = isTransform(flow, edge.to().value());
      String between = "napkin://random-flow/" + edge.from() + "." + edge.to();
      if (toTransform) {
        expectedInputs.add(
            "random-flow."
                + edge.to()
                + " < "
                + (fromTransform ? between : "kafka://random-flow/" + edge.from()));
      }
      if (fromTransform) {
        expectedOutputs.add(
            "random-flow."
                + edge.from()
                + " > "
                + (toTransform ? between : "napkin://random-flow/" + edge.to()));
      }
    }
    assertThat(inputs).isEqualTo(expectedInputs).hasSize(inputCount);
    assertThat(outputs).isEqualTo(expectedOutputs).hasSize(outputCount);
    assertThat(OpenLineageExporter.export(flow)).isEqualTo(String.join("\n", lines) + "\n");
  }

  private static boolean isTransform(Flow flow, String id) {
    return flow.nodes().stream().anyMatch(n -> n.id().value().equals(id) && n instanceof Transform);
  }

  /** Sources (kafka), transforms each fed by earlier nodes, sinks (no tech) fed by transforms. */
  private static Flow randomFlow(Random random) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    List<String> feeders = new ArrayList<>();
    List<String> transforms = new ArrayList<>();
    int sources = 1 + random.nextInt(3);
    for (int i = 0; i < sources; i++) {
      nodes.add(SmallFlows.source("s" + i, "Source " + i, "kafka"));
      feeders.add("s" + i);
    }
    int transformCount = 1 + random.nextInt(6);
    for (int i = 0; i < transformCount; i++) {
      String id = "t" + i;
      nodes.add(Transform.of(id));
      Set<String> from = new HashSet<>();
      from.add(feeders.get(random.nextInt(feeders.size())));
      from.add(feeders.get(random.nextInt(feeders.size())));
      from.stream().sorted().forEach(f -> edges.add(Edge.of(f, id)));
      feeders.add(id);
      transforms.add(id);
    }
    int sinks = 1 + random.nextInt(3);
    for (int i = 0; i < sinks; i++) {
      nodes.add(SmallFlows.sink("k" + i, "Sink " + i));
      edges.add(Edge.of(transforms.get(random.nextInt(transforms.size())), "k" + i));
    }
    return Flow.of("Random flow", nodes, edges);
  }
}

package dev.napkin.app.bench;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Rate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Large layered flows for benchmarks: sources, then transform layers, then sinks. */
final class GeneratedFlows {
  private GeneratedFlows() {}

  /** {@code layers × perLayer} nodes; each node past the first layer reads one or two upstream. */
  static Flow layered(int layers, int perLayer, long seed) {
    Random random = new Random(seed);
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    Map<NodeId, Point> at = new LinkedHashMap<>();
    for (int layer = 0; layer < layers; layer++) {
      for (int i = 0; i < perLayer; i++) {
        String id = "n" + layer + "-" + i;
        Node node =
            layer == 0
                ? Source.of(id, Rate.parse("1k/s"))
                : layer == layers - 1 ? Sink.of(id) : Transform.of(id);
        nodes.add(node);
        at.put(node.id(), new Point(40 + layer * 280, 40 + i * 110));
        if (layer > 0) {
          int a = random.nextInt(perLayer);
          edges.add(Edge.of("n" + (layer - 1) + "-" + a, id));
          int b = random.nextInt(perLayer);
          if (b != a && random.nextBoolean()) {
            edges.add(Edge.of("n" + (layer - 1) + "-" + b, id));
          }
        }
      }
    }
    return Flow.of("Generated " + nodes.size(), nodes, edges).withLayout(new Layout(at));
  }
}

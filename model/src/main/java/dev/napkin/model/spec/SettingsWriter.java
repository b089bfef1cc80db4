package dev.napkin.model.spec;

import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.CostSettings.ModePrices;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Execution.Batch;
import dev.napkin.model.flow.Execution.MicroBatch;
import dev.napkin.model.flow.Execution.Streaming;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.unit.MoneyRate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The settings sections as the spec writes them. Each returns empty when everything in it is at its
 * default, so the section is left out.
 */
final class SettingsWriter {
  private SettingsWriter() {}

  static Optional<Out> execution(Execution e) {
    Execution d = Execution.DEFAULTS;
    Out.Builder map = Out.map();
    map.textUnless("mode", e.mode().specName(), ExecutionMode.BATCH.specName());
    Out.Builder batch = Out.map();
    Batch b = e.batch();
    batch.textUnless("every", b.every(), d.batch().every());
    batch.textUnless("startup", b.startup(), d.batch().startup());
    batch.textUnless("partition", b.partition().specName(), d.batch().partition().specName());
    batch.textUnless("grace", b.grace(), d.batch().grace());
    putIfAny(map, "batch", batch);
    Out.Builder micro = Out.map();
    MicroBatch m = e.microBatch();
    micro.textUnless("every", m.every(), d.microBatch().every());
    micro.textUnless("overhead", m.overhead(), d.microBatch().overhead());
    m.watermarkDelay().ifPresent(delay -> micro.text("watermarkDelay", delay));
    putIfAny(map, "microBatch", micro);
    Out.Builder streaming = Out.map();
    Streaming s = e.streaming();
    Streaming ds = d.streaming();
    streaming.textUnless("checkpoint", s.checkpoint(), ds.checkpoint());
    streaming.textUnless("checkpointDuration", s.checkpointDuration(), ds.checkpointDuration());
    streaming.textUnless("delivery", s.delivery().specName(), ds.delivery().specName());
    streaming.textUnless("watermarkDelay", s.watermarkDelay(), ds.watermarkDelay());
    streaming.textUnless("bufferTimeout", s.bufferTimeout(), ds.bufferTimeout());
    putIfAny(map, "streaming", streaming);
    return map.isEmpty() ? Optional.empty() : Optional.of(map.block());
  }

  static Optional<Out> cost(CostSettings c, List<Node> nodes) {
    Out.Builder map = Out.map();
    c.vcpuHour().ifPresent(price -> map.put("vcpuHour", hourly(price)));
    putIfAny(map, "batch", prices(c.batch()));
    putIfAny(map, "microBatch", prices(c.microBatch()));
    putIfAny(map, "streaming", prices(c.streaming()));
    if (!c.monthly().isEmpty()) {
      Out.Builder monthly = Out.map();
      inNodeOrder(c.monthly(), nodes, (id, money) -> monthly.text(id.value(), money));
      map.put("monthly", monthly.block());
    }
    return map.isEmpty() ? Optional.empty() : Optional.of(map.block());
  }

  private static Out.Builder prices(ModePrices prices) {
    Out.Builder map = Out.map();
    prices.vcpuHour().ifPresent(price -> map.put("vcpuHour", hourly(price)));
    prices.perJobHour().ifPresent(price -> map.put("perJobHour", hourly(price)));
    return map;
  }

  /** Written as SPEC.md's example does: {@code 0.048 USD} (the key already says per hour). */
  private static Out hourly(MoneyRate price) {
    return new Out.Text(price.perHour().toString());
  }

  static Optional<Out> simulation(SimulationSettings s) {
    SimulationSettings d = SimulationSettings.DEFAULTS;
    Out.Builder map = Out.map();
    map.textUnless("horizon", s.horizon(), d.horizon());
    map.textUnless("warmup", s.warmup(), d.warmup());
    if (s.replications() != d.replications()) {
      map.number("replications", s.replications());
    }
    if (s.seed() != d.seed()) {
      map.number("seed", s.seed());
    }
    map.textUnless("fidelity", s.fidelity().specName(), d.fidelity().specName());
    return map.isEmpty() ? Optional.empty() : Optional.of(map.block());
  }

  static Optional<Out> layout(Layout layout, List<Node> nodes) {
    if (layout.positions().isEmpty()) {
      return Optional.empty();
    }
    Out.Builder map = Out.map();
    inNodeOrder(layout.positions(), nodes, (id, point) -> map.put(id.value(), point(point)));
    return Optional.of(map.block());
  }

  private static Out point(Point p) {
    return Out.map().decimal("x", p.x()).decimal("y", p.y()).inline();
  }

  /** Entries of nodes in node order, then any others (unknown ids) sorted by id. */
  private static <V> void inNodeOrder(
      Map<NodeId, V> byNode, List<Node> nodes, BiConsumer<NodeId, V> write) {
    Set<NodeId> order = new LinkedHashSet<>();
    nodes.forEach(node -> order.add(node.id()));
    List<NodeId> others = new ArrayList<>(byNode.keySet());
    others.removeAll(order);
    others.sort(null);
    order.addAll(others);
    for (NodeId id : order) {
      V value = byNode.get(id);
      if (value != null) {
        write.accept(id, value);
      }
    }
  }

  private static void putIfAny(Out.Builder map, String key, Out.Builder section) {
    if (!section.isEmpty()) {
      map.put(key, section.inline());
    }
  }
}

package dev.napkin.model.examples;

import dev.napkin.model.flow.NodeId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The keys and value forms of spec format 1, as SPEC.md documents them. */
final class FormatOneShape {
  private static final Set<String> TOP =
      Set.of(
          "napkin",
          "name",
          "description",
          "defaults",
          "nodes",
          "edges",
          "execution",
          "cost",
          "simulation",
          "layout");
  private static final Set<String> COMMON = Set.of("id", "name", "kind", "tech");
  private static final Map<String, Set<String>> BY_KIND =
      Map.of(
          "source", Set.of("rate", "arrivals", "profile", "recordSize", "lateness"),
          "transform",
              Set.of(
                  "op", "cost", "overhead", "selectivity", "parallelism", "window", "keys", "mode"),
          "sink", Set.of("commit", "sla"));
  private static final Set<String> MODES = Set.of("batch", "micro-batch", "streaming");

  private final ExampleDocument doc;

  FormatOneShape(ExampleDocument doc) {
    this.doc = doc;
  }

  void check() {
    JsonNode root = doc.root;
    doc.keys("", root, TOP, Set.of("napkin", "name", "nodes"));
    if (root.path("napkin").asInt(0) != 1) {
      doc.problem("napkin", "expected format 1");
    }
    root.optional("defaults").ifPresent(d -> defaults(d));
    Set<String> ids = new HashSet<>();
    JsonNode nodes = root.path("nodes");
    for (int i = 0; i < nodes.size(); i++) {
      node("nodes[" + i + "]", nodes.get(i), ids);
    }
    JsonNode edges = root.path("edges");
    for (int i = 0; i < edges.size(); i++) {
      edge("edges[" + i + "]", edges.get(i), ids);
    }
    root.optional("execution").ifPresent(this::execution);
    root.optional("cost").ifPresent(c -> cost(c, ids));
    root.optional("simulation").ifPresent(this::simulation);
    root.optional("layout").ifPresent(l -> layout(l, ids));
  }

  /** Reports fields written with their default value, which canonical output leaves out. */
  private void leftOut(String context, String path, JsonNode node) {
    for (String field : SpecDefaults.writtenDefaults(context, node)) {
      doc.problem(path + "." + field, "is the default; leave it out");
    }
  }

  private void defaults(JsonNode defaults) {
    doc.keys("defaults", defaults, Set.of("sla"), Set.of());
    defaults.optional("sla").ifPresent(s -> sla("defaults.sla", s));
  }

  private void node(String path, JsonNode node, Set<String> ids) {
    String kind = node.path("kind").asString("");
    if (!BY_KIND.containsKey(kind)) {
      doc.problem(path + ".kind", "expected source, transform or sink");
      return;
    }
    Set<String> allowed = new HashSet<>(COMMON);
    allowed.addAll(BY_KIND.get(kind));
    doc.keys(
        path,
        node,
        allowed,
        kind.equals("source") ? Set.of("id", "kind", "rate") : Set.of("id", "kind"));
    String id = node.path("id").asString("");
    if (!NodeId.isValid(id) || !ids.add(id)) {
      doc.problem(path + ".id", "\"" + id + "\" is not a unique node id");
    }
    leftOut(kind, path, node);
    switch (kind) {
      case "source" -> source(path, node);
      case "transform" -> transform(path, node);
      default -> sink(path, node);
    }
  }

  private void source(String path, JsonNode node) {
    doc.rate(path + ".rate", node.get("rate"));
    node.optional("arrivals")
        .ifPresent(
            a -> doc.oneOf(path + ".arrivals", a, Set.of("poisson", "uniform", "deterministic")));
    node.optional("profile").ifPresent(p -> profile(path + ".profile", p));
    node.optional("recordSize").ifPresent(s -> doc.size(path + ".recordSize", s));
    node.optional("lateness").ifPresent(l -> distribution(path + ".lateness", l));
  }

  private void profile(String path, JsonNode profile) {
    String type = profile.path("type").asString("");
    switch (type) {
      case "diurnal" -> {
        doc.keys(path, profile, Set.of("type", "peak", "peakAt"), Set.of("type", "peak", "peakAt"));
        double peak = profile.path("peak").asDouble(0);
        if (peak < 1 || peak > 2) {
          doc.problem(path + ".peak", "outside [1, 2]");
        }
        if (!profile.path("peakAt").asString("").matches("([01]\\d|2[0-3]):[0-5]\\d")) {
          doc.problem(path + ".peakAt", "expected a time of day like \"14:00\"");
        }
      }
      case "bursts" -> {
        Set<String> keys = Set.of("type", "every", "duration", "factor");
        doc.keys(path, profile, keys, keys);
        doc.duration(path + ".every", profile.get("every"));
        doc.duration(path + ".duration", profile.get("duration"));
        doc.positiveNumber(path + ".factor", profile.get("factor"));
      }
      default -> doc.problem(path + ".type", "expected diurnal or bursts (no traces in examples)");
    }
  }

  private void distribution(String path, JsonNode dist) {
    if (dist.isString()) {
      doc.duration(path, dist);
      return;
    }
    distributionFields(path, dist, Set.of());
  }

  private void distributionFields(String path, JsonNode dist, Set<String> extra) {
    String name = dist.path("dist").asString("");
    Set<String> fields =
        switch (name) {
          case "fixed" -> Set.of("value");
          case "exponential" -> Set.of("mean");
          case "lognormal" -> Set.of("median", "p99");
          case "pareto" -> Set.of("scale", "alpha");
          case "uniform" -> Set.of("min", "max");
          case "mixture" -> Set.of("of");
          default -> null;
        };
    if (fields == null) {
      doc.problem(path + ".dist", "unknown distribution \"" + name + "\"");
      return;
    }
    Set<String> allowed = new HashSet<>(fields);
    allowed.add("dist");
    allowed.addAll(extra);
    Set<String> required = new HashSet<>(allowed);
    doc.keys(path, dist, allowed, required);
    for (String field : fields) {
      switch (field) {
        case "alpha" -> doc.positiveNumber(path + ".alpha", dist.get("alpha"));
        case "of" -> {
          JsonNode parts = dist.path("of");
          for (int i = 0; i < parts.size(); i++) {
            doc.positiveNumber(path + ".of[" + i + "].weight", parts.get(i).get("weight"));
            distributionFields(path + ".of[" + i + "]", parts.get(i), Set.of("weight"));
          }
        }
        default -> doc.duration(path + "." + field, dist.get(field));
      }
    }
  }

  private void transform(String path, JsonNode node) {
    String op = node.path("op").asString("map");
    node.optional("op")
        .ifPresent(
            o ->
                doc.oneOf(
                    path + ".op",
                    o,
                    Set.of("map", "filter", "enrich", "join", "aggregate", "dedupe")));
    node.optional("cost").ifPresent(c -> distribution(path + ".cost", c));
    node.optional("overhead").ifPresent(o -> doc.duration(path + ".overhead", o));
    node.optional("selectivity").ifPresent(s -> doc.positiveNumber(path + ".selectivity", s));
    node.optional("parallelism").ifPresent(p -> doc.positiveNumber(path + ".parallelism", p));
    node.optional("mode").ifPresent(m -> doc.oneOf(path + ".mode", m, MODES));
    boolean aggregate = op.equals("aggregate");
    if (aggregate != node.has("window")) {
      doc.problem(path + ".window", "an aggregate needs a window, and only an aggregate has one");
    }
    if (!aggregate && node.has("keys")) {
      doc.problem(path + ".keys", "only an aggregate has keys");
    }
    if (aggregate && node.has("selectivity")) {
      doc.problem(path + ".selectivity", "not for an aggregate");
    }
    node.optional("keys").ifPresent(k -> doc.positiveNumber(path + ".keys", k));
    node.optional("window").ifPresent(w -> window(path + ".window", w));
  }

  private void window(String path, JsonNode window) {
    boolean sliding = window.path("type").asString("").equals("sliding");
    leftOut("window", path, window);
    doc.oneOf(path + ".type", window.path("type"), Set.of("tumbling", "sliding"));
    doc.keys(
        path,
        window,
        sliding
            ? Set.of("type", "size", "slide", "allowedLateness")
            : Set.of("type", "size", "allowedLateness"),
        sliding ? Set.of("type", "size", "slide") : Set.of("type", "size"));
    for (String field : Set.of("size", "slide", "allowedLateness")) {
      window.optional(field).ifPresent(v -> doc.duration(path + "." + field, v));
    }
  }

  private void sink(String path, JsonNode node) {
    node.optional("commit").ifPresent(c -> doc.duration(path + ".commit", c));
    node.optional("sla").ifPresent(s -> sla(path + ".sla", s));
  }

  private void sla(String path, JsonNode sla) {
    doc.keys(path, sla, Set.of("latency", "percentile", "completeness"), Set.of());
    sla.optional("latency").ifPresent(l -> doc.duration(path + ".latency", l));
    sla.optional("completeness").ifPresent(c -> doc.ratio(path + ".completeness", c));
    sla.optional("percentile")
        .ifPresent(
            p -> {
              if (!p.isNumber() || p.doubleValue() < 1 || p.doubleValue() >= 100) {
                doc.problem(path + ".percentile", "expected a number in [1, 100)");
              }
            });
  }

  private void edge(String path, JsonNode edge, Set<String> ids) {
    doc.keys(path, edge, Set.of("from", "to", "contract", "transport"), Set.of("from", "to"));
    leftOut("edge", path, edge);
    for (String end : Set.of("from", "to")) {
      if (!ids.contains(edge.path(end).asString(""))) {
        doc.problem(path + "." + end, "unknown node " + edge.get(end));
      }
    }
    edge.optional("transport").ifPresent(t -> doc.duration(path + ".transport", t));
  }

  private void execution(JsonNode execution) {
    doc.keys("execution", execution, Set.of("mode", "batch", "microBatch", "streaming"), Set.of());
    execution.optional("mode").ifPresent(m -> doc.oneOf("execution.mode", m, MODES));
    leftOut("execution", "execution", execution);
    for (String mode : Set.of("batch", "microBatch", "streaming")) {
      execution.optional(mode).ifPresent(m -> leftOut(mode, "execution." + mode, m));
    }
    execution
        .optional("batch")
        .ifPresent(
            b -> {
              doc.keys(
                  "execution.batch", b, Set.of("every", "startup", "partition", "grace"), Set.of());
              durations("execution.batch", b, Set.of("every", "startup", "grace"));
              b.optional("partition")
                  .ifPresent(
                      p -> doc.oneOf("execution.batch.partition", p, Set.of("arrival", "event")));
            });
    execution
        .optional("microBatch")
        .ifPresent(
            m -> {
              Set<String> keys = Set.of("every", "overhead", "watermarkDelay");
              doc.keys("execution.microBatch", m, keys, Set.of());
              durations("execution.microBatch", m, keys);
            });
    execution
        .optional("streaming")
        .ifPresent(
            s -> {
              Set<String> times =
                  Set.of("checkpoint", "checkpointDuration", "watermarkDelay", "bufferTimeout");
              Set<String> keys = new HashSet<>(times);
              keys.add("delivery");
              doc.keys("execution.streaming", s, keys, Set.of());
              durations("execution.streaming", s, times);
              s.optional("delivery")
                  .ifPresent(
                      d ->
                          doc.oneOf(
                              "execution.streaming.delivery",
                              d,
                              Set.of("exactly-once", "at-least-once")));
            });
  }

  private void durations(String path, JsonNode parent, Set<String> fields) {
    for (String field : fields) {
      parent.optional(field).ifPresent(v -> doc.duration(path + "." + field, v));
    }
  }

  private void cost(JsonNode cost, Set<String> ids) {
    doc.keys(
        "cost", cost, Set.of("vcpuHour", "batch", "microBatch", "streaming", "monthly"), Set.of());
    cost.optional("vcpuHour").ifPresent(v -> doc.money("cost.vcpuHour", v));
    for (String mode : Set.of("batch", "microBatch", "streaming")) {
      cost.optional(mode)
          .ifPresent(
              m -> {
                Set<String> keys =
                    mode.equals("streaming")
                        ? Set.of("vcpuHour", "perJobHour")
                        : Set.of("vcpuHour");
                doc.keys("cost." + mode, m, keys, Set.of());
                keys.forEach(
                    k -> m.optional(k).ifPresent(v -> doc.money("cost." + mode + "." + k, v)));
              });
    }
    cost.optional("monthly")
        .ifPresent(
            monthly ->
                monthly
                    .properties()
                    .forEach(
                        e -> {
                          if (!ids.contains(e.getKey())) {
                            doc.problem("cost.monthly." + e.getKey(), "unknown node");
                          }
                          doc.money("cost.monthly." + e.getKey(), e.getValue());
                        }));
  }

  private void simulation(JsonNode simulation) {
    doc.keys(
        "simulation",
        simulation,
        Set.of("horizon", "warmup", "replications", "seed", "fidelity"),
        Set.of());
    leftOut("simulation", "simulation", simulation);
    durations("simulation", simulation, Set.of("horizon", "warmup"));
    simulation
        .optional("replications")
        .ifPresent(r -> doc.positiveNumber("simulation.replications", r));
    simulation
        .optional("fidelity")
        .ifPresent(f -> doc.oneOf("simulation.fidelity", f, Set.of("auto", "exact", "aggregate")));
  }

  private void layout(JsonNode layout, Set<String> ids) {
    layout
        .properties()
        .forEach(
            e -> {
              String path = "layout." + e.getKey();
              if (!ids.contains(e.getKey())) {
                doc.problem(path, "unknown node");
              }
              doc.keys(path, e.getValue(), Set.of("x", "y"), Set.of("x", "y"));
            });
  }
}

package dev.napkin.model.spec;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.dist.Distribution.Component;
import dev.napkin.model.flow.Arrivals;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Profile;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.flow.Window;
import dev.napkin.model.unit.Duration;
import java.util.ArrayList;
import java.util.List;

/** Nodes and edges as the spec writes them: fixed key order, defaults left out. */
final class NodeWriter {
  private NodeWriter() {}

  static Out node(Node node) {
    Out.Builder map = Out.map().text("id", node.id());
    if (!node.name().equals(node.id().value())) {
      map.text("name", node.name());
    }
    map.text("kind", node.kind().specName());
    node.tech().ifPresent(tech -> map.text("tech", tech));
    if (node instanceof Source source) {
      source(map, source);
    } else if (node instanceof Transform transform) {
      transform(map, transform);
    } else {
      sink(map, (Sink) node);
    }
    return map.block();
  }

  private static void source(Out.Builder map, Source s) {
    map.text("rate", s.rate());
    map.textUnless("arrivals", s.arrivals().specName(), Arrivals.POISSON.specName());
    if (!(s.profile() instanceof Profile.Constant)) {
      map.put("profile", profile(s.profile()));
    }
    map.textUnless("recordSize", s.recordSize(), Source.DEFAULT_RECORD_SIZE);
    s.lateness().ifPresent(lateness -> map.put("lateness", distribution(lateness)));
  }

  private static void transform(Out.Builder map, Transform t) {
    map.textUnless("op", t.op().specName(), Op.MAP.specName());
    if (!t.cost().equals(Transform.DEFAULT_COST)) {
      map.put("cost", distribution(t.cost()));
    }
    map.textUnless("overhead", t.overhead(), Duration.ZERO);
    if (t.selectivity() != 1.0) {
      map.decimal("selectivity", t.selectivity());
    }
    if (t.parallelism() != 1) {
      map.number("parallelism", t.parallelism());
    }
    t.window().ifPresent(window -> map.put("window", window(window)));
    if (t.keys() != 1) {
      map.number("keys", t.keys());
    }
    t.mode().ifPresent(mode -> map.text("mode", mode.specName()));
  }

  private static void sink(Out.Builder map, Sink s) {
    map.textUnless("commit", s.commit(), Duration.ZERO);
    if (!s.sla().isEmpty()) {
      map.put("sla", sla(s.sla()));
    }
  }

  static Out edge(Edge edge) {
    Out.Builder map = Out.map().text("from", edge.from()).text("to", edge.to());
    edge.contract().ifPresent(contract -> map.text("contract", contract));
    map.textUnless("transport", edge.transport(), Duration.ZERO);
    return map.inline();
  }

  static Out sla(Sla sla) {
    Out.Builder map = Out.map();
    sla.latency().ifPresent(latency -> map.text("latency", latency));
    sla.percentile().ifPresent(percentile -> map.decimal("percentile", percentile));
    sla.completeness().ifPresent(completeness -> map.text("completeness", completeness));
    return map.inline();
  }

  private static Out profile(Profile profile) {
    Out.Builder map = Out.map().text("type", profile.specName());
    if (profile instanceof Profile.Diurnal d) {
      if (d.peakAt().compareTo(Duration.ofHours(24)) >= 0) {
        throw new IllegalArgumentException(
            "peakAt " + d.peakAt() + " is not a time of day (00:00 to 23:59)");
      }
      map.decimal("peak", d.peak()).text("peakAt", TimeOfDay.format(d.peakAt()));
    } else if (profile instanceof Profile.Bursts b) {
      map.text("every", b.every()).text("duration", b.duration()).decimal("factor", b.factor());
    } else if (profile instanceof Profile.Trace t) {
      map.text("file", t.file());
    }
    return map.inline();
  }

  private static Out window(Window w) {
    Out.Builder map = Out.map().text("type", w.type().specName()).text("size", w.size());
    if (w.type() == Window.Type.SLIDING) {
      map.text("slide", w.slide());
    }
    map.textUnless("allowedLateness", w.allowedLateness(), Duration.ZERO);
    return map.inline();
  }

  /** A fixed duration plainly, a mixture in block style, any other distribution inline. */
  static Out distribution(Distribution dist) {
    if (dist instanceof Distribution.Fixed fixed) {
      return new Out.Text(fixed.value().toString());
    }
    Out.Builder map = Out.map();
    params(map, dist);
    return dist instanceof Distribution.Mixture ? map.block() : map.inline();
  }

  private static void params(Out.Builder map, Distribution dist) {
    map.text("dist", dist.specName());
    if (dist instanceof Distribution.Fixed d) {
      map.text("value", d.value());
    } else if (dist instanceof Distribution.Exponential d) {
      map.text("mean", d.mean());
    } else if (dist instanceof Distribution.LogNormal d) {
      map.text("median", d.median()).text("p99", d.p99());
    } else if (dist instanceof Distribution.Pareto d) {
      map.text("scale", d.scale()).decimal("alpha", d.alpha());
    } else if (dist instanceof Distribution.Uniform d) {
      map.text("min", d.min()).text("max", d.max());
    } else {
      List<Out> parts = new ArrayList<>();
      for (Component part : ((Distribution.Mixture) dist).of()) {
        Out.Builder partMap = Out.map().decimal("weight", part.weight());
        params(partMap, part.dist());
        parts.add(part.dist() instanceof Distribution.Mixture ? partMap.block() : partMap.inline());
      }
      map.put("of", new Out.ListOut(parts, false));
    }
  }
}

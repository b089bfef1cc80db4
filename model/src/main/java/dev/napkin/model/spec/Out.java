package dev.napkin.model.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The document the writer emits, before it becomes YAML or JSON text: ordered maps, lists, text and
 * numbers. {@code inline} asks YAML for flow style ({@code {from: a, to: b}}); JSON ignores it.
 */
sealed interface Out permits Out.MapOut, Out.ListOut, Out.Text, Out.Number {

  /** A map whose keys keep the order they were put in. */
  record MapOut(List<Entry> entries, boolean inline) implements Out {
    public MapOut {
      entries = List.copyOf(entries);
    }
  }

  /** One key and its value. */
  record Entry(String key, Out value) {}

  /** A list. */
  record ListOut(List<Out> items, boolean inline) implements Out {
    public ListOut {
      items = List.copyOf(items);
    }
  }

  /** A string value. */
  record Text(String value) implements Out {}

  /** A number, already in its canonical literal form. */
  record Number(String literal) implements Out {}

  static Builder map() {
    return new Builder();
  }

  /** Builds a {@link MapOut} in key order; {@code null}-free by construction. */
  final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    Builder put(String key, Out value) {
      entries.add(new Entry(key, value));
      return this;
    }

    Builder text(String key, Object value) {
      return put(key, new Text(value.toString()));
    }

    Builder number(String key, long value) {
      return put(key, new Number(Long.toString(value)));
    }

    Builder decimal(String key, double value) {
      return put(key, new Number(SpecNumbers.format(value, key)));
    }

    /** Puts the value unless it equals the default (the spec leaves defaults out). */
    Builder textUnless(String key, Object value, Object defaultValue) {
      return value.equals(defaultValue) ? this : text(key, value);
    }

    boolean isEmpty() {
      return entries.isEmpty();
    }

    MapOut block() {
      return new MapOut(entries, false);
    }

    MapOut inline() {
      return new MapOut(entries, true);
    }
  }
}

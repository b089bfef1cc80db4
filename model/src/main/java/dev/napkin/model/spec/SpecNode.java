package dev.napkin.model.spec;

import dev.napkin.model.validate.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One value of a spec document and where it was written. Jackson's own tree keeps no locations, so
 * the reader builds this one. Aliased YAML values are shared, not copied; {@link #size()} counts
 * them expanded so the alias guard can bound the work of walking the tree.
 */
sealed interface SpecNode permits SpecNode.MapNode, SpecNode.ListNode, SpecNode.Scalar {

  SourceLocation location();

  /** Values in this subtree (itself included), aliases expanded. */
  int size();

  /** Levels of maps and lists: 0 for a scalar, 1 for a map of scalars. */
  int height();

  /** The same value, reported at another place (where an alias was written). */
  SpecNode at(SourceLocation where);

  /** What the value is, for messages: {@code a map}, {@code a list}, {@code a number}. */
  String describe();

  /** A key, where it was written, and its value. */
  record Field(String key, SourceLocation keyLocation, SpecNode value) {}

  /** A map, keys in document order. */
  record MapNode(Map<String, Field> fields, SourceLocation location, int size, int height)
      implements SpecNode {
    public MapNode {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    Optional<Field> field(String key) {
      return Optional.ofNullable(fields.get(key));
    }

    @Override
    public SpecNode at(SourceLocation where) {
      return new MapNode(fields, where, size, height);
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A list. */
  record ListNode(List<SpecNode> items, SourceLocation location, int size, int height)
      implements SpecNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public SpecNode at(SourceLocation where) {
      return new ListNode(items, where, size, height);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** Text, a number (its literal text kept), true/false, or null. */
  record Scalar(ScalarType type, String text, SourceLocation location) implements SpecNode {
    @Override
    public int size() {
      return 1;
    }

    @Override
    public int height() {
      return 0;
    }

    @Override
    public SpecNode at(SourceLocation where) {
      return new Scalar(type, text, where);
    }

    @Override
    public String describe() {
      return switch (type) {
        case TEXT -> "text " + Quoted.of(text);
        case NUMBER -> "the number " + text;
        case BOOLEAN -> text;
        case NULL -> "nothing (null)";
      };
    }
  }

  /** The kinds of scalar a YAML or JSON parser reports. */
  enum ScalarType {
    TEXT,
    NUMBER,
    BOOLEAN,
    NULL
  }
}

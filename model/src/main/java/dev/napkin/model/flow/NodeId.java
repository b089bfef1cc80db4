package dev.napkin.model.flow;

import java.util.regex.Pattern;

/** A node's stable identifier: {@code [a-z][a-z0-9_-]*}. */
public record NodeId(String value) implements Comparable<NodeId> {
  public static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_-]*");

  public NodeId {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "\"" + value + "\" is not a node id (lower-case letter, then a-z, 0-9, _ or -)");
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  public static NodeId of(String value) {
    return new NodeId(value);
  }

  @Override
  public int compareTo(NodeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

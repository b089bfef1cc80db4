package dev.napkin.model.spec;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SpecName;
import dev.napkin.model.spec.SpecNode.ListNode;
import dev.napkin.model.spec.SpecNode.MapNode;
import dev.napkin.model.spec.SpecNode.Scalar;
import dev.napkin.model.spec.SpecNode.ScalarType;
import dev.napkin.model.unit.UnitException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one value of a given kind, reporting a problem (and returning empty) when it is not of that
 * kind. Wrong shapes are {@code type} problems; right shapes with bad content are {@code
 * bad-value}.
 */
final class Values {
  private final Problems problems;

  Values(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  Optional<MapNode> map(SpecNode node, String path, String what) {
    if (node instanceof MapNode map) {
      return Optional.of(map);
    }
    return wrongType(node, path, what);
  }

  Optional<ListNode> list(SpecNode node, String path, String what) {
    if (node instanceof ListNode list) {
      return Optional.of(list);
    }
    return wrongType(node, path, what);
  }

  Optional<String> text(SpecNode node, String path) {
    if (node instanceof Scalar s && s.type() == ScalarType.TEXT) {
      return Optional.of(s.text());
    }
    if (node instanceof Scalar s
        && (s.type() == ScalarType.NUMBER || s.type() == ScalarType.BOOLEAN)) {
      problems.error(
          SpecCodes.TYPE,
          path,
          node.location(),
          "expected text, found " + node.describe() + " (put it in quotes: \"" + s.text() + "\")");
      return Optional.empty();
    }
    return wrongType(node, path, "text");
  }

  /** A value with units, read by {@code parse}; a bare number reaches the parser (and fails). */
  <T> Optional<T> unit(SpecNode node, String path, String what, Function<String, T> parse) {
    if (node instanceof Scalar s
        && (s.type() == ScalarType.TEXT || s.type() == ScalarType.NUMBER)) {
      try {
        return Optional.of(parse.apply(s.text()));
      } catch (UnitException e) {
        problems.error(SpecCodes.BAD_VALUE, path, node.location(), e.getMessage());
        return Optional.empty();
      }
    }
    return wrongType(node, path, what);
  }

  Optional<BigDecimal> number(SpecNode node, String path) {
    if (node instanceof Scalar s && s.type() == ScalarType.NUMBER) {
      try {
        return Optional.of(new BigDecimal(s.text()));
      } catch (NumberFormatException e) {
        problems.error(
            SpecCodes.BAD_VALUE, path, node.location(), s.text() + " is not a finite number");
        return Optional.empty();
      }
    }
    if (node instanceof Scalar s && s.type() == ScalarType.TEXT && isDecimal(s.text())) {
      problems.error(
          SpecCodes.TYPE,
          path,
          node.location(),
          "expected a number, found " + node.describe() + " (write it without quotes)");
      return Optional.empty();
    }
    return wrongType(node, path, "a number");
  }

  Optional<Double> decimal(SpecNode node, String path) {
    return number(node, path)
        .flatMap(
            n -> {
              double value = n.doubleValue();
              if (Double.isInfinite(value)) {
                problems.error(SpecCodes.BAD_VALUE, path, node.location(), n + " is too large");
                return Optional.empty();
              }
              return Optional.of(value == 0 ? 0.0 : value); // never -0.0
            });
  }

  Optional<Long> whole(SpecNode node, String path) {
    return number(node, path)
        .flatMap(
            n -> {
              BigDecimal stripped = n.stripTrailingZeros();
              if (stripped.scale() > 0) {
                problems.error(
                    SpecCodes.BAD_VALUE,
                    path,
                    node.location(),
                    ((Scalar) node).text() + " is not a whole number");
                return Optional.empty();
              }
              try {
                return Optional.of(stripped.longValueExact());
              } catch (ArithmeticException e) {
                problems.error(
                    SpecCodes.BAD_VALUE,
                    path,
                    node.location(),
                    ((Scalar) node).text() + " is too large");
                return Optional.empty();
              }
            });
  }

  Optional<Integer> integer(SpecNode node, String path) {
    return whole(node, path)
        .flatMap(
            n -> {
              if (n != n.intValue()) {
                problems.error(SpecCodes.BAD_VALUE, path, node.location(), n + " is too large");
                return Optional.empty();
              }
              return Optional.of(n.intValue());
            });
  }

  /** One of an enum's spec names; {@code what} names the choice ("an execution mode"). */
  <E extends Enum<E> & SpecName> Optional<E> choice(
      SpecNode node, String path, Class<E> type, String what) {
    Optional<String> text = text(node, path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> found = SpecName.find(type, text.get());
    if (found.isEmpty()) {
      problems.error(
          SpecCodes.BAD_VALUE,
          path,
          node.location(),
          notOneOf(
              text.get(),
              what,
              Arrays.stream(type.getEnumConstants()).map(SpecName::specName).toList()));
    }
    return found;
  }

  /** {@code "stream" is not an execution mode (expected batch | …; did you mean streaming?)}. */
  static String notOneOf(String text, String what, java.util.List<String> names) {
    String hint = Hints.closest(text, names).map(name -> "; did you mean " + name + "?").orElse("");
    return Quoted.of(text)
        + " is not "
        + what
        + " (expected "
        + String.join(" | ", names)
        + hint
        + ")";
  }

  Optional<NodeId> id(SpecNode node, String path) {
    Optional<String> text = text(node, path);
    if (text.isPresent() && !NodeId.isValid(text.get())) {
      problems.error(
          SpecCodes.BAD_ID,
          path,
          node.location(),
          Quoted.of(text.get()) + " is not a node id (a lower-case letter, then a-z, 0-9, _ or -)");
      return Optional.empty();
    }
    return text.map(NodeId::of);
  }

  private <T> Optional<T> wrongType(SpecNode node, String path, String what) {
    problems.error(
        SpecCodes.TYPE, path, node.location(), "expected " + what + ", found " + node.describe());
    return Optional.empty();
  }

  private static boolean isDecimal(String text) {
    return text.strip().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  }
}

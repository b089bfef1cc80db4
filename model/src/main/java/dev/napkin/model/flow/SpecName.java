package dev.napkin.model.flow;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum constant with the name the spec uses for it ({@code micro-batch}, {@code exactly-once}).
 */
public interface SpecName {
  String specName();

  static <E extends Enum<E> & SpecName> Optional<E> find(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.specName().equals(name))
        .findFirst();
  }

  /** The allowed names, for messages: {@code batch | micro-batch | streaming}. */
  static <E extends Enum<E> & SpecName> String choices(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(SpecName::specName)
        .collect(Collectors.joining(" | "));
  }
}

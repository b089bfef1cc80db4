package dev.napkin.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code --progress}: {@code auto} shows progress only when a console is attached. */
enum ProgressMode {
  AUTO,
  ALWAYS,
  NEVER;

  static Optional<ProgressMode> parse(String value) {
    return Arrays.stream(values()).filter(p -> p.toString().equals(value)).findFirst();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

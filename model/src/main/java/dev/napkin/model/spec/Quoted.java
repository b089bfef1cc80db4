package dev.napkin.model.spec;

/** Quotes user text for messages, shortened so a huge value cannot flood the output. */
final class Quoted {
  private static final int MAX = 60;

  private Quoted() {}

  static String of(String text) {
    String shown = text.length() > MAX ? text.substring(0, MAX) + "…" : text;
    return "\"" + shown.replace("\n", "\\n") + "\"";
  }
}

package dev.napkin.model.spec;

/**
 * Multi-line text as a YAML literal block ({@code |}), so a long description reads as it was typed.
 * Only text that such a block carries unchanged qualifies; the rest is double-quoted.
 */
final class LiteralBlock {
  private LiteralBlock() {}

  /**
   * True for text with a line break whose lines have no leading or trailing blanks and no
   * characters that need escaping.
   */
  static boolean fits(String text) {
    if (text.indexOf('\n') < 0 || text.strip().isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && !Escapes.printable(c) && !Character.isSurrogate(c)) {
        return false;
      }
      if (Character.isSurrogate(c) && !validPair(text, i)) {
        return false;
      }
    }
    for (String line : text.split("\n", -1)) {
      if (!line.equals(line.strip())) {
        return false;
      }
    }
    return !text.startsWith("\n");
  }

  /** Appends {@code " |"} with its chomping indicator, then the lines at {@code indent}. */
  static void append(StringBuilder out, String text, String indent) {
    int trailing = 0;
    while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    String chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
    out.append(" |").append(chomp).append('\n');
    String body = text.substring(0, text.length() - trailing);
    for (String line : body.split("\n", -1)) {
      out.append(line.isEmpty() ? "" : indent + line).append('\n');
    }
    for (int i = 1; i < trailing; i++) {
      out.append('\n');
    }
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}

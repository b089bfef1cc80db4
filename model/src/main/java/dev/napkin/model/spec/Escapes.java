package dev.napkin.model.spec;

/**
 * Double-quoted strings that read back the same in JSON and in YAML: JSON's escapes are a subset of
 * YAML's, and characters YAML does not allow unescaped are written as {@code \}{@code uXXXX}.
 */
final class Escapes {
  private Escapes() {}

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (printable(c)) {
            out.append(c);
          } else {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** YAML's printable set, less the characters some readers treat as line breaks or a BOM. */
  static boolean printable(char c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }
}

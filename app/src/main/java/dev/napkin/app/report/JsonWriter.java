package dev.napkin.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny JSON document builder and printer with a fixed layout: two-space indents, {@code "\n"}
 * line ends, lists of plain values on one line. Numbers are passed in already formatted ({@link
 * #number}), so the printer never formats a double itself.
 */
final class JsonWriter {
  /** An already formatted number. */
  record Number(String text) {}

  /** Marker for JSON {@code null}. */
  enum Null {
    NULL
  }

  /** An object that keeps insertion order. */
  static final class Obj {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Obj put(String name, Object value) {
      if (fields.containsKey(name)) {
        throw new IllegalArgumentException("duplicate JSON field " + name);
      }
      fields.put(name, value == null ? Null.NULL : value);
      return this;
    }
  }

  private JsonWriter() {}

  static Obj object() {
    return new Obj();
  }

  static Number number(String text) {
    return new Number(text);
  }

  static Number integer(long value) {
    return new Number(Long.toString(value));
  }

  static List<Object> list(List<?> values) {
    return new ArrayList<>(values);
  }

  /** The document, ending with a newline. */
  static String print(Obj root) {
    StringBuilder out = new StringBuilder();
    write(out, root, 0);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, int depth) {
    if (value instanceof Obj obj) {
      writeObject(out, obj, depth);
    } else if (value instanceof List<?> list) {
      writeList(out, list, depth);
    } else if (value instanceof String text) {
      quote(out, text);
    } else if (value instanceof Number number) {
      out.append(number.text());
    } else if (value instanceof Boolean bool) {
      out.append(bool);
    } else if (value == Null.NULL) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void writeObject(StringBuilder out, Obj obj, int depth) {
    if (obj.fields.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int i = 0;
    for (Map.Entry<String, Object> field : obj.fields.entrySet()) {
      indent(out, depth + 1);
      quote(out, field.getKey());
      out.append(": ");
      write(out, field.getValue(), depth + 1);
      out.append(++i < obj.fields.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
  }

  private static void writeList(StringBuilder out, List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    boolean flat = list.stream().noneMatch(v -> v instanceof Obj || v instanceof List<?>);
    out.append(flat ? "[" : "[\n");
    for (int i = 0; i < list.size(); i++) {
      if (!flat) {
        indent(out, depth + 1);
      }
      write(out, list.get(i), depth + 1);
      if (i + 1 < list.size()) {
        out.append(flat ? ", " : ",\n");
      } else if (!flat) {
        out.append('\n');
      }
    }
    if (!flat) {
      indent(out, depth);
    }
    out.append(']');
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259). */
  static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

package dev.napkin.model.spec;

import dev.napkin.model.spec.Out.Entry;
import dev.napkin.model.spec.Out.ListOut;
import dev.napkin.model.spec.Out.MapOut;

/**
 * Writes an {@link Out} document as JSON indented by two spaces, like JSON.stringify(x, null, 2).
 */
final class JsonEmitter {
  private static final String INDENT = "  ";
  private final StringBuilder out = new StringBuilder();

  private JsonEmitter() {}

  static String emit(MapOut document) {
    JsonEmitter emitter = new JsonEmitter();
    emitter.value(document, 0);
    return emitter.out.append('\n').toString();
  }

  private void value(Out value, int depth) {
    if (value instanceof MapOut map) {
      map(map, depth);
    } else if (value instanceof ListOut list) {
      list(list, depth);
    } else if (value instanceof Out.Number number) {
      out.append(number.literal());
    } else {
      out.append(Escapes.quote(((Out.Text) value).value()));
    }
  }

  private void map(MapOut map, int depth) {
    if (map.entries().isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    for (int i = 0; i < map.entries().size(); i++) {
      Entry entry = map.entries().get(i);
      out.append(INDENT.repeat(depth + 1)).append(Escapes.quote(entry.key())).append(": ");
      value(entry.value(), depth + 1);
      out.append(i + 1 < map.entries().size() ? ",\n" : "\n");
    }
    out.append(INDENT.repeat(depth)).append('}');
  }

  private void list(ListOut list, int depth) {
    if (list.items().isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < list.items().size(); i++) {
      out.append(INDENT.repeat(depth + 1));
      value(list.items().get(i), depth + 1);
      out.append(i + 1 < list.items().size() ? ",\n" : "\n");
    }
    out.append(INDENT.repeat(depth)).append(']');
  }
}

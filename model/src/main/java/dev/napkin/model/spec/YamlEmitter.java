package dev.napkin.model.spec;

import dev.napkin.model.spec.Out.Entry;
import dev.napkin.model.spec.Out.ListOut;
import dev.napkin.model.spec.Out.MapOut;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an {@link Out} document as YAML: block style for sections and nodes, flow style for the
 * small maps marked inline, strings plain where that cannot be misread and double-quoted otherwise.
 */
final class YamlEmitter {
  private static final String INDENT = "  ";

  /** Plain text YAML 1.1 or 1.2 readers would take for a number, a date or a time. */
  private static final Pattern NUMBER_LIKE =
      Pattern.compile(
          "[-+]?(\\d[\\d_]*)?(\\.[\\d_]*)?([eE][-+]?\\d+)?|0[xob][0-9a-fA-F_]+|\\d{4}-\\d\\d?-\\d\\d?.*");

  private static final Set<String> WORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "nan", "inf");

  private final StringBuilder out = new StringBuilder();

  private YamlEmitter() {}

  static String emit(MapOut document) {
    YamlEmitter emitter = new YamlEmitter();
    emitter.blockMap(document, 0);
    return emitter.out.toString();
  }

  private void blockMap(MapOut map, int depth) {
    for (Entry entry : map.entries()) {
      indent(depth);
      out.append(scalar(entry.key())).append(':');
      value(entry.value(), depth + 1);
    }
  }

  /** The rest of a {@code key:} or {@code -} line, and any lines below it. */
  private void value(Out value, int depth) {
    if (value instanceof MapOut map && !map.inline() && !map.entries().isEmpty()) {
      out.append('\n');
      blockMap(map, depth);
    } else if (value instanceof ListOut list && !list.inline() && !list.items().isEmpty()) {
      out.append('\n');
      blockList(list, depth);
    } else if (value instanceof Out.Text text && LiteralBlock.fits(text.value())) {
      LiteralBlock.append(out, text.value(), INDENT.repeat(depth));
    } else {
      out.append(' ').append(inline(value)).append('\n');
    }
  }

  private void blockList(ListOut list, int depth) {
    for (Out item : list.items()) {
      indent(depth);
      out.append('-');
      if (item instanceof MapOut map && !map.inline() && !map.entries().isEmpty()) {
        // first entry on the dash's line, the rest aligned under it
        Entry first = map.entries().get(0);
        out.append(' ').append(scalar(first.key())).append(':');
        value(first.value(), depth + 2);
        for (Entry entry : map.entries().subList(1, map.entries().size())) {
          indent(depth + 1);
          out.append(scalar(entry.key())).append(':');
          value(entry.value(), depth + 2);
        }
      } else {
        value(item, depth + 1);
      }
    }
  }

  private static String inline(Out value) {
    if (value instanceof MapOut map) {
      StringBuilder text = new StringBuilder("{");
      for (int i = 0; i < map.entries().size(); i++) {
        Entry entry = map.entries().get(i);
        text.append(i == 0 ? "" : ", ").append(scalar(entry.key())).append(": ");
        text.append(inline(entry.value()));
      }
      return text.append('}').toString();
    }
    if (value instanceof ListOut list) {
      StringBuilder text = new StringBuilder("[");
      for (int i = 0; i < list.items().size(); i++) {
        text.append(i == 0 ? "" : ", ").append(inline(list.items().get(i)));
      }
      return text.append(']').toString();
    }
    if (value instanceof Out.Number number) {
      return number.literal();
    }
    return scalar(((Out.Text) value).value());
  }

  /** The text plain when no reader could take it for something else, else double-quoted. */
  static String scalar(String text) {
    boolean plain =
        safeCharacters(text)
            && !text.endsWith(" ")
            && !NUMBER_LIKE.matcher(text).matches()
            && !WORDS.contains(text.toLowerCase(Locale.ROOT));
    return plain ? text : Escapes.quote(text);
  }

  /**
   * Starts with a letter or digit, then letters, digits, spaces, {@code ._/%+()-} or printable
   * non-ASCII: nothing YAML could take for an indicator, a comment or a key.
   */
  private static boolean safeCharacters(String text) {
    if (text.isEmpty() || !Character.isLetterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ascii = c < 0x80 && (Character.isLetterOrDigit(c) || " ._/%+()-".indexOf(c) >= 0);
      boolean other = c >= 0x80 && Escapes.printable(c) && !Character.isSpaceChar(c);
      if (!ascii && !other) {
        return false;
      }
    }
    return true;
  }

  private void indent(int depth) {
    out.append(INDENT.repeat(depth));
  }
}

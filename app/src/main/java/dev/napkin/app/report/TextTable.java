package dev.napkin.app.report;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns padded to their widest cell, two spaces apart, no trailing spaces. */
final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  TextTable row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  /** The table, each line starting with {@code indent} and ending with a newline. */
  String render(String indent) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).codePointCount(0, row.get(c).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        line.append(cell);
        if (c + 1 < row.size()) {
          line.append(" ".repeat(widths[c] - cell.codePointCount(0, cell.length()) + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}

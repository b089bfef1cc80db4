package dev.napkin.model.validate;

/** Where in a file something was written: 1-based line and column. */
public record SourceLocation(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}

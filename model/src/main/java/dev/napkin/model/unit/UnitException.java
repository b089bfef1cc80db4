package dev.napkin.model.unit;

/** A value with units that cannot be read; the message says what was expected. */
public final class UnitException extends IllegalArgumentException {
  public UnitException(String message) {
    super(message);
  }

  static UnitException notA(String kind, String text, String hint) {
    String base = "\"" + text + "\" is not " + kind;
    return new UnitException(hint.isEmpty() ? base : base + " (" + hint + ")");
  }
}

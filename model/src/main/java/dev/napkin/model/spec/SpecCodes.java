package dev.napkin.model.spec;

/** The stable codes of the issues the spec reader and the trace checks report. */
public final class SpecCodes {
  /** The file cannot be read, or its extension is neither YAML nor JSON. */
  public static final String IO = "io";

  /** The file is not UTF-8 text. */
  public static final String ENCODING = "encoding";

  /** The text is not well-formed YAML or JSON (also: empty, several documents, tags). */
  public static final String SYNTAX = "syntax";

  /** Over 10 MiB, a YAML line over 100,000 characters, or over 500,000 keys and values. */
  public static final String TOO_LARGE = "too-large";

  /** More issues than are worth showing; this last one says how many were left out. */
  public static final String TOO_MANY_ISSUES = "too-many-issues";

  /** Maps and lists nested deeper than {@link SpecLimits#MAX_DEPTH}. */
  public static final String TOO_DEEP = "too-deep";

  /** Too many YAML aliases, an alias to an unknown anchor, or aliases that expand too far. */
  public static final String ALIAS_LIMIT = "alias-limit";

  /** A key written twice in one map. */
  public static final String DUPLICATE_KEY = "duplicate-key";

  /** A key the format does not know (the message suggests the closest one). */
  public static final String UNKNOWN_KEY = "unknown-key";

  /** A key that belongs to another kind of node, e.g. {@code rate} on a sink. */
  public static final String WRONG_KIND = "wrong-kind";

  /** {@code mode} on a source or a sink (only transforms have one). */
  public static final String MODE_NOT_ALLOWED = "mode-not-allowed";

  /** A required field is absent. */
  public static final String MISSING_FIELD = "missing-field";

  /** {@code napkin} is not a format version this reader knows. */
  public static final String BAD_VERSION = "bad-version";

  /** A value of the wrong shape: a list where a map belongs, text where a number belongs. */
  public static final String TYPE = "type";

  /** A value of the right shape that cannot be read: a bad unit, an unknown choice. */
  public static final String BAD_VALUE = "bad-value";

  /** A node id (or a reference to one) that is not {@code [a-z][a-z0-9_-]*}. */
  public static final String BAD_ID = "bad-id";

  /** A trace file that is absolute, outside the spec's folder, or missing. */
  public static final String TRACE_FILE = "trace-file";

  /** A trace CSV line that cannot be read. */
  public static final String TRACE_FORMAT = "trace-format";

  /** A failure inside the reader itself: a bug, reported rather than thrown. */
  public static final String INTERNAL = "internal";

  private SpecCodes() {}
}

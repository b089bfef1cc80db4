package dev.napkin.model.validate;

import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.NodeId;
import java.util.Optional;

/**
 * One finding about a flow: its severity, a stable code (e.g. {@code duplicate-id}), the spec path
 * it concerns ({@code nodes[2].cost}, may be empty), a message, the node or edge it is about, and
 * where it was written when the flow came from a file.
 */
public record Issue(
    Severity severity,
    String code,
    String path,
    String message,
    Optional<NodeId> node,
    Optional<EdgeKey> edge,
    Optional<SourceLocation> location) {

  public static Issue error(String code, String path, String message) {
    return new Issue(
        Severity.ERROR, code, path, message, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Issue warning(String code, String path, String message) {
    return new Issue(
        Severity.WARNING,
        code,
        path,
        message,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public Issue about(NodeId id) {
    return new Issue(severity, code, path, message, Optional.of(id), edge, location);
  }

  public Issue about(EdgeKey key) {
    return new Issue(severity, code, path, message, node, Optional.of(key), location);
  }

  public Issue at(SourceLocation where) {
    return new Issue(severity, code, path, message, node, edge, Optional.of(where));
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code FILE:LINE:COL: error: path: message}, leaving out what is unknown. */
  public String format(String fallbackFile) {
    String where = location.map(SourceLocation::toString).orElse(fallbackFile);
    String prefix = where.isEmpty() ? "" : where + ": ";
    String field = path.isEmpty() ? "" : path + ": ";
    return prefix + severity.label() + ": " + field + message;
  }
}

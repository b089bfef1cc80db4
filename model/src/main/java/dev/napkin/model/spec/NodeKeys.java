package dev.napkin.model.spec;

import dev.napkin.model.flow.NodeId;
import dev.napkin.model.spec.SpecNode.Field;
import java.util.Optional;

/** Map keys that name nodes ({@code layout}, {@code cost.monthly}). */
final class NodeKeys {
  private NodeKeys() {}

  static Optional<NodeId> id(Field field, MapReader map) {
    if (NodeId.isValid(field.key())) {
      return Optional.of(NodeId.of(field.key()));
    }
    map.problems()
        .error(
            SpecCodes.BAD_ID,
            map.pathOf(field.key()),
            field.keyLocation(),
            Quoted.of(field.key())
                + " is not a node id (a lower-case letter, then a-z, 0-9, _ or -)");
    return Optional.empty();
  }
}

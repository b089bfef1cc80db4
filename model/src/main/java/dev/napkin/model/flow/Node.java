package dev.napkin.model.flow;

import java.util.Optional;

/** A node of the flow graph: a source, a transform or a sink. */
public sealed interface Node permits Source, Transform, Sink {
  NodeId id();

  /** Display name (free text); the id when none was given. */
  String name();

  /** Technology label (kafka, cdc, druid, …): free text, drives the icon. */
  Optional<String> tech();

  NodeKind kind();
}

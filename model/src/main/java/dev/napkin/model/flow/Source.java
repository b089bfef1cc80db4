package dev.napkin.model.flow;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.unit.DataSize;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Rate;
import java.util.Optional;

/** Where records enter: a topic, a CDC stream, files, an API. */
public record Source(
    NodeId id,
    String name,
    Optional<String> tech,
    Rate rate,
    Arrivals arrivals,
    Profile profile,
    DataSize recordSize,
    Optional<Distribution> lateness)
    implements Node {

  public static final DataSize DEFAULT_RECORD_SIZE = DataSize.ofKibibytes(1);

  /** A constant Poisson source of 1 KiB records with no lateness. */
  public static Source of(String id, Rate rate) {
    return new Source(
        NodeId.of(id),
        id,
        Optional.empty(),
        rate,
        Arrivals.POISSON,
        Profile.CONSTANT,
        DEFAULT_RECORD_SIZE,
        Optional.empty());
  }

  @Override
  public NodeKind kind() {
    return NodeKind.SOURCE;
  }

  /** The lateness distribution, a fixed zero when none was given. */
  public Distribution latenessOrZero() {
    return lateness.orElse(Distribution.fixed(Duration.ZERO));
  }
}

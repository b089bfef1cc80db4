package dev.napkin.simulator.run;

import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.mode.BatchSimulator;
import dev.napkin.simulator.mode.MicroBatchSimulator;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.StreamingSimulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The mode simulators this build offers, by report name ({@code batch}, {@code micro-batch}, {@code
 * streaming}, {@code as-designed}). Immutable: {@link #with} returns a new registry.
 */
public final class ModeRegistry {
  /** Every mode name, in report order. */
  public static final List<String> ALL_MODES =
      List.of("batch", "micro-batch", "streaming", "as-designed");

  private final Map<String, Supplier<ModeSimulator>> modes;

  private ModeRegistry(Map<String, Supplier<ModeSimulator>> modes) {
    this.modes = modes;
  }

  public static ModeRegistry empty() {
    return new ModeRegistry(Map.of());
  }

  /** Every mode this build simulates. */
  public static ModeRegistry standard() {
    return empty()
        .with("batch", BatchSimulator::new)
        .with("micro-batch", MicroBatchSimulator::new)
        .with("streaming", StreamingSimulator::new)
        .with("as-designed", AsDesignedSimulator::new);
  }

  /** This registry plus (or with a new) simulator for {@code name}. */
  public ModeRegistry with(String name, Supplier<ModeSimulator> simulator) {
    if (!ALL_MODES.contains(name)) {
      throw new IllegalArgumentException(
          "\"" + name + "\" is not a mode (" + String.join(" | ", ALL_MODES) + ")");
    }
    Map<String, Supplier<ModeSimulator>> copy = new LinkedHashMap<>(modes);
    copy.put(name, simulator);
    return new ModeRegistry(Map.copyOf(copy));
  }

  public boolean offers(String name) {
    return modes.containsKey(name);
  }

  /** A simulator for the mode, when this build has one. */
  public Optional<ModeSimulator> create(String name) {
    return Optional.ofNullable(modes.get(name)).map(Supplier::get);
  }

  /** The modes offered, in report order. */
  public List<String> offered() {
    return ALL_MODES.stream().filter(modes::containsKey).toList();
  }
}

package dev.napkin.app.cli;

import dev.napkin.model.flow.Flow;
import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.result.Recommender;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.run.ModeRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which modes a {@code --mode} choice runs with the simulators this build offers, which it skips,
 * and which run {@code --fail-on-miss} checks. The app's report exports choose {@link #ALL} the
 * same way.
 */
public record ModeSelection(
    String requested, List<String> run, List<String> skipped, Optional<String> asDesignedRefused) {
  public static final String ALL = "all";

  /** The choices {@code --mode} accepts, for messages. */
  static String choices() {
    return String.join("|", ModeRegistry.ALL_MODES) + "|" + ALL;
  }

  static boolean isChoice(String name) {
    return name.equals(ALL) || ModeRegistry.ALL_MODES.contains(name);
  }

  /**
   * The modes to run; a single mode this build lacks is an error, {@code all} runs what exists.
   *
   * @throws IllegalArgumentException with a message for the user when nothing can run
   */
  static ModeSelection of(String requested, ModeRegistry registry) {
    return of(requested, registry, Optional.empty());
  }

  /**
   * As {@link #of(String, ModeRegistry)}, for this flow: a hybrid flow whose jobs feed each other
   * in a cycle cannot be simulated as designed, so {@code all} skips as-designed and {@code
   * as-designed} is refused, saying why.
   */
  public static ModeSelection of(String requested, ModeRegistry registry, Optional<Flow> flow) {
    Optional<String> whyNot = flow.flatMap(AsDesignedSimulator::unsupported);
    boolean hybrid = whyNot.isPresent();
    if (hybrid && requested.equals(Recommender.AS_DESIGNED)) {
      throw new IllegalArgumentException(
          "--mode as-designed cannot simulate this flow ("
              + whyNot.get()
              + "); simulate batch, micro-batch or streaming instead");
    }
    List<String> offered =
        registry.offered().stream()
            .filter(m -> !(hybrid && m.equals(Recommender.AS_DESIGNED)))
            .toList();
    String available =
        offered.isEmpty()
            ? "this build simulates no mode yet"
            : "this build simulates: " + String.join(", ", offered);
    if (!requested.equals(ALL)) {
      if (!offered.contains(requested)) {
        throw new IllegalArgumentException(
            "--mode " + requested + " is not yet available (" + available + ")");
      }
      return new ModeSelection(requested, List.of(requested), List.of(), Optional.empty());
    }
    if (offered.isEmpty()) {
      throw new IllegalArgumentException("no mode can be simulated: " + available);
    }
    List<String> skipped =
        ModeRegistry.ALL_MODES.stream().filter(m -> !offered.contains(m)).toList();
    return new ModeSelection(requested, offered, skipped, whyNot);
  }

  /** The warning for modes {@code all} skipped, if any. */
  public Optional<String> skippedWarning() {
    if (skipped.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        (skipped.equals(List.of(Recommender.AS_DESIGNED)) && asDesignedRefused.isPresent()
                ? "as designed, this flow cannot be simulated (" + asDesignedRefused.get() + ")"
                : "not yet available")
            + ", so not simulated: "
            + String.join(", ", skipped)
            + "; the comparison covers "
            + String.join(", ", run));
  }

  /**
   * The run {@code --fail-on-miss} checks: the mode given; with {@code all}, the as-designed run,
   * or (while as-designed is not available) the one mode every transform is designed to run in.
   */
  Optional<String> checkedMode(Flow flow, SimulationResult result) {
    if (!requested.equals(ALL)) {
      return Optional.of(requested);
    }
    if (result.mode(Recommender.AS_DESIGNED).isPresent()) {
      return Optional.of(Recommender.AS_DESIGNED);
    }
    Set<String> designed =
        flow.transforms().map(t -> flow.designedMode(t).specName()).collect(Collectors.toSet());
    if (designed.size() == 1 && result.mode(designed.iterator().next()).isPresent()) {
      return Optional.of(designed.iterator().next());
    }
    return Optional.empty();
  }
}

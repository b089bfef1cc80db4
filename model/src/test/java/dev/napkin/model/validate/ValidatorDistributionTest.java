package dev.napkin.model.validate;

import static dev.napkin.model.testing.Flows.id;
import static dev.napkin.model.testing.Flows.sink;
import static dev.napkin.model.testing.Flows.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.napkin.model.dist.Distribution;
import dev.napkin.model.dist.Distribution.Component;
import dev.napkin.model.dist.Distribution.Exponential;
import dev.napkin.model.dist.Distribution.LogNormal;
import dev.napkin.model.dist.Distribution.Mixture;
import dev.napkin.model.dist.Distribution.Pareto;
import dev.napkin.model.dist.Distribution.Uniform;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.testing.Flows;
import dev.napkin.model.unit.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Distribution parameters, checked where a source's lateness is written (nodes[0].lateness). */
class ValidatorDistributionTest {
  private static final Duration S1 = Duration.ofSeconds(1);
  private static final Duration S2 = Duration.ofSeconds(2);
  private static final Duration S3 = Duration.ofSeconds(3);

  private static Flow withLateness(Distribution lateness) {
    return Flows.flow(
        List.of(source("src", lateness), sink("out")), List.of(Examples.edge("src", "out")));
  }

  static Stream<Arguments> badParameters() {
    Distribution fixed = Distribution.fixed(S1);
    return Stream.of(
        arguments(
            new Exponential(Duration.ZERO),
            "nodes[0].lateness.mean",
            "mean must be more than 0 (got 0s); a fixed 0s means no delay"),
        arguments(
            new LogNormal(Duration.ZERO, S1),
            "nodes[0].lateness.median",
            "median must be more than 0 (got 0s)"),
        arguments(
            new LogNormal(S2, S1),
            "nodes[0].lateness.p99",
            "p99 must be at least the median 2s (got 1s)"),
        arguments(
            new Pareto(Duration.ZERO, 1.5),
            "nodes[0].lateness.scale",
            "scale must be more than 0 (got 0s)"),
        arguments(
            new Pareto(S1, 0), "nodes[0].lateness.alpha", "alpha must be a number above 0 (got 0)"),
        arguments(
            new Pareto(S1, Double.NaN),
            "nodes[0].lateness.alpha",
            "alpha must be a number above 0 (got NaN)"),
        arguments(
            new Uniform(S3, S1), "nodes[0].lateness.max", "max must be at least min 3s (got 1s)"),
        arguments(
            new Mixture(List.of()),
            "nodes[0].lateness.of",
            "a mixture needs at least one part (got none)"),
        arguments(
            new Mixture(List.of(new Component(0.99, fixed), new Component(0, fixed))),
            "nodes[0].lateness.of[1].weight",
            "weight must be a number above 0 (got 0)"),
        arguments(
            new Mixture(List.of(new Component(Double.POSITIVE_INFINITY, fixed))),
            "nodes[0].lateness.of[0].weight",
            "weight must be a number above 0 (got Infinity)"),
        arguments(
            new Mixture(
                List.of(
                    new Component(1, fixed),
                    new Component(
                        1, new Mixture(List.of(new Component(1, new LogNormal(S2, S1))))))),
            "nodes[0].lateness.of[1].of[0].p99",
            "p99 must be at least the median 2s (got 1s)"));
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void rejectsABadDistributionParameterAtItsPath(
      Distribution lateness, String path, String message) {
    assertThat(Validator.validate(withLateness(lateness)))
        .containsExactly(Issue.error("out-of-range", path, message).about(id("src")));
  }

  static Stream<Distribution> goodDistributions() {
    return Stream.of(
        Distribution.fixed(Duration.ZERO),
        new Exponential(S2),
        new LogNormal(S2, S2),
        new LogNormal(S2, Duration.ofSeconds(40)),
        new Pareto(S1, 0.5),
        new Uniform(S1, S1),
        new Mixture(
            List.of(
                new Component(0.99, new LogNormal(S1, S3)),
                new Component(0.01, Distribution.fixed(Duration.ofHours(2))))));
  }

  @ParameterizedTest
  @MethodSource("goodDistributions")
  void acceptsWellFormedDistributions(Distribution lateness) {
    assertThat(Validator.validate(withLateness(lateness))).isEmpty();
  }
}

package dev.napkin.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Node;
import dev.napkin.model.lineage.FlowGraph;
import dev.napkin.model.testing.Flows;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ValidatorPropertyTest {

  @Property(tries = 500)
  void validatorReportsOnlyErrorsAndNeverThrows(@ForAll("anyFlows") Flow flow) {
    List<Issue> issues = Validator.validate(flow);

    assertThat(issues).allSatisfy(issue -> assertThat(issue.severity()).isEqualTo(Severity.ERROR));
    assertThat(issues).allSatisfy(issue -> assertThat(issue.path()).isNotBlank());
  }

  @Property(tries = 500)
  void lintReportsOnlyWarningsAndNeverThrows(@ForAll("anyFlows") Flow flow) {
    List<Issue> issues = Lint.check(flow);

    assertThat(issues)
        .allSatisfy(issue -> assertThat(issue.severity()).isEqualTo(Severity.WARNING));
  }

  @Property(tries = 300)
  void flowCheckNeverThrows(@ForAll("anyFlows") Flow flow) {
    assertThat(FlowCheck.check(flow)).isNotNull();
  }

  @Property(tries = 300)
  void validatorAcceptsEveryWellFormedFlow(@ForAll("wellFormedFlows") Flow flow) {
    assertThat(Validator.validate(flow)).isEmpty();
    assertThat(FlowGraph.of(flow).topologicalOrder()).hasSize(flow.nodes().size());
  }

  @Provide
  Arbitrary<Flow> anyFlows() {
    return FlowArbitraries.flows();
  }

  /**
   * Sources, then transforms each reading from an earlier node, then sinks each reading from a
   * source or transform: acyclic, every value valid.
   */
  @Provide
  Arbitrary<Flow> wellFormedFlows() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(0, 1000).list().ofSize(12))
        .as(
            (sources, transforms, sinks, picks) -> {
              List<Node> nodes = new ArrayList<>();
              List<Edge> edges = new ArrayList<>();
              for (int i = 0; i < sources; i++) {
                nodes.add(Flows.source("s" + i));
              }
              for (int i = 0; i < transforms; i++) {
                String id = "t" + i;
                Node from = nodes.get(picks.get(i) % nodes.size());
                nodes.add(i % 2 == 0 ? Flows.map(id) : Flows.aggregate(id));
                edges.add(Edge.of(from.id().value(), id));
              }
              int feeders = nodes.size();
              for (int i = 0; i < sinks; i++) {
                String id = "k" + i;
                Node from = nodes.get(picks.get(6 + i) % feeders);
                nodes.add(Flows.sink(id));
                edges.add(Edge.of(from.id().value(), id));
              }
              return Flows.flow(nodes, edges);
            });
  }
}

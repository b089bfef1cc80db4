package dev.napkin.model.validate;

import static dev.napkin.model.testing.Flows.edges;
import static dev.napkin.model.testing.Flows.flow;
import static dev.napkin.model.testing.Flows.map;
import static dev.napkin.model.testing.Flows.sink;
import static dev.napkin.model.testing.Flows.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Sla;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowCheckTest {

  @Test
  void reportsOnlyErrorsWhileTheFlowIsInvalid() {
    Flow flow =
        flow(
            List.of(source("src"), map("a"), map("b"), sink("out", Sla.NONE)),
            List.of(
                Edge.of("src", "a"), Edge.of("a", "b"), Edge.of("b", "a"), Edge.of("b", "out")));

    assertThat(FlowCheck.check(flow)).isEqualTo(Validator.validate(flow)).isNotEmpty();
  }

  @Test
  void reportsLintWarningsOnceTheFlowIsValid() {
    Flow flow = flow(List.of(source("src"), sink("out", Sla.NONE)), edges("src>out"));

    assertThat(FlowCheck.check(flow)).extracting(Issue::code).containsExactly("sink-without-sla");
  }

  @Test
  void reportsNothingForACleanFlow() {
    assertThat(FlowCheck.check(Examples.clickstream())).isEmpty();
  }
}

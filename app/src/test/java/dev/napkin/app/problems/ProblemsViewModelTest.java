package dev.napkin.app.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.testing.Flows;
import dev.napkin.model.validate.Issue;
import dev.napkin.model.validate.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {
  private final Issue warning = Issue.warning("w", "", "a warning");
  private final Issue error = Issue.error("e", "nodes[0]", "an error");
  private final ProblemsViewModel problems = new ProblemsViewModel(flow -> List.of(warning, error));

  @Test
  void listsErrorsFirstAndCountsThem() {
    problems.check(Flows.chain());
    assertThat(problems.issues()).containsExactly(error, warning);
    assertThat(problems.errorsProperty().get()).isEqualTo(1);
    assertThat(problems.warningsProperty().get()).isEqualTo(1);
  }

  @Test
  void findingsAboutTheOpenedFlowAreLocatedUntilItChanges() {
    var flow = Flows.chain();
    SourceLocation at = new SourceLocation("chain.yaml", 3, 5);
    problems.opened(flow, List.of(), issues -> issues.stream().map(i -> i.at(at)).toList());
    assertThat(problems.issues()).allSatisfy(i -> assertThat(i.location()).contains(at));

    problems.check(flow.withNodes(flow.nodes().subList(0, 2)));
    assertThat(problems.issues()).allSatisfy(i -> assertThat(i.location()).isEmpty());
  }

  @Test
  void errorsOfAFileThatDidNotOpenStayBesideTheCurrentFlowsFindings() {
    Issue unreadable = Issue.error("syntax", "", "bad YAML");
    problems.showFileIssues(List.of(unreadable), Flows.chain());
    assertThat(problems.issues()).containsExactly(unreadable, error, warning);
    problems.check(Flows.chain());
    assertThat(problems.issues()).containsExactly(error, warning);
  }
}

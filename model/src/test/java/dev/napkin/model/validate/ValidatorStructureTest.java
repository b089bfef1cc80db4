package dev.napkin.model.validate;

import static dev.napkin.model.testing.Flows.aggregate;
import static dev.napkin.model.testing.Flows.edges;
import static dev.napkin.model.testing.Flows.flow;
import static dev.napkin.model.testing.Flows.id;
import static dev.napkin.model.testing.Flows.map;
import static dev.napkin.model.testing.Flows.sink;
import static dev.napkin.model.testing.Flows.source;
import static dev.napkin.model.testing.Flows.transform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.Op;
import dev.napkin.model.flow.Window;
import dev.napkin.model.testing.Flows;
import dev.napkin.model.unit.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorStructureTest {

  private static Issue error(String code, String path, String message, String node) {
    return Issue.error(code, path, message).about(id(node));
  }

  private static Issue edgeError(String code, String path, String message, String from, String to) {
    return Issue.error(code, path, message).about(new EdgeKey(id(from), id(to)));
  }

  @Test
  void acceptsAValidFlow() {
    assertThat(Validator.validate(Examples.clickstream())).isEmpty();
  }

  @Test
  void acceptsAnEmptyFlow() {
    assertThat(Validator.validate(flow(List.of(), List.of()))).isEmpty();
  }

  @Test
  void rejectsADuplicateIdAtItsSecondUse() {
    Flow flow =
        flow(List.of(source("src"), map("a"), map("a"), sink("out")), edges("src>a", "a>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            error("duplicate-id", "nodes[2].id", "node id \"a\" is already used by nodes[1]", "a"));
  }

  @Test
  void rejectsAnEdgeToAnUnknownNodeAndSuggestsACloseId() {
    Flow flow = flow(List.of(source("src"), sink("out")), edges("src>ot"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            error("no-input", "nodes[1]", "sink \"out\" has no input: draw an edge into it", "out"),
            edgeError(
                "unknown-node",
                "edges[0].to",
                "no node \"ot\" in this flow (did you mean \"out\"?)",
                "src",
                "ot"));
  }

  @Test
  void rejectsAnEdgeFromAnUnknownNodeWithoutAHintWhenNoneIsClose() {
    Flow flow = flow(List.of(source("src"), sink("out")), edges("src>out", "warehouse>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            edgeError(
                "unknown-node",
                "edges[1].from",
                "no node \"warehouse\" in this flow",
                "warehouse",
                "out"));
  }

  @Test
  void rejectsARepeatedEdgeAtItsSecondUse() {
    Flow flow = flow(List.of(source("src"), sink("out")), edges("src>out", "src>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            edgeError(
                "duplicate-edge",
                "edges[1]",
                "edge src → out repeats edges[0]: a pair of nodes has at most one edge",
                "src",
                "out"));
  }

  @Test
  void rejectsASelfLoop() {
    Flow flow = flow(List.of(source("src"), map("a"), sink("out")), edges("src>a", "a>a", "a>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            edgeError(
                "self-loop",
                "edges[1]",
                "\"a\" feeds itself: an edge joins two different nodes",
                "a",
                "a"));
  }

  @Test
  void rejectsCycleAndNamesIt() {
    Flow flow =
        flow(
            List.of(source("src"), map("a"), map("b"), map("c"), sink("out")),
            edges("src>a", "a>b", "b>c", "c>a", "c>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(edgeError("cycle", "edges[3]", "cycle: a → b → c → a", "c", "a"));
  }

  @Test
  void rejectsEachSeparateCycle() {
    Flow flow =
        flow(
            List.of(source("src"), map("a"), map("b"), map("c"), map("d"), sink("out")),
            edges("src>a", "a>b", "b>a", "b>c", "c>d", "d>c", "d>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            edgeError("cycle", "edges[2]", "cycle: a → b → a", "b", "a"),
            edgeError("cycle", "edges[5]", "cycle: c → d → c", "d", "c"));
  }

  @Test
  void rejectsASourceWithAnInput() {
    Flow flow = flow(List.of(source("s1"), source("s2"), sink("out")), edges("s1>s2", "s2>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            edgeError(
                "source-has-input",
                "edges[0].to",
                "source \"s2\" cannot have inputs: records enter the flow at a source",
                "s1",
                "s2"));
  }

  @Test
  void rejectsASinkWithAnOutput() {
    Flow flow = flow(List.of(source("src"), sink("s1"), sink("s2")), edges("src>s1", "s1>s2"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            edgeError(
                "sink-has-output",
                "edges[1].from",
                "sink \"s1\" cannot have outputs: records leave the flow at a sink",
                "s1",
                "s2"));
  }

  @Test
  void rejectsATransformWithNoInput() {
    Flow flow = flow(List.of(source("src"), map("a"), sink("out")), edges("src>out", "a>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            error(
                "no-input", "nodes[1]", "transform \"a\" has no input: draw an edge into it", "a"));
  }

  @Test
  void acceptsASourceWithNoEdges() {
    Flow flow = flow(List.of(source("src"), source("idle"), sink("out")), edges("src>out"));

    assertThat(Validator.validate(flow)).isEmpty();
  }

  @Test
  void rejectsAnAggregateWithoutAWindow() {
    Flow flow =
        flow(
            List.of(source("src"), transform("agg").op(Op.AGGREGATE).build(), sink("out")),
            edges("src>agg", "agg>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            error(
                "aggregate-without-window",
                "nodes[1]",
                "an aggregate needs a window, e.g. window: {type: tumbling, size: 1m}",
                "agg"));
  }

  @Test
  void rejectsAWindowOnAMap() {
    Window window = Window.tumbling(Duration.ofMinutes(1), Duration.ZERO);
    Flow flow =
        flow(
            List.of(source("src"), transform("a").window(window).build(), sink("out")),
            edges("src>a", "a>out"));

    assertThat(Validator.validate(flow))
        .containsExactly(
            error(
                "window-on-non-aggregate",
                "nodes[1].window",
                "a window only applies to op: aggregate (this op is map)",
                "a"));
  }

  @Test
  void acceptsAnAggregateWithAWindow() {
    Flow flow =
        flow(List.of(source("src"), aggregate("agg"), sink("out")), edges("src>agg", "agg>out"));

    assertThat(Validator.validate(flow)).isEmpty();
  }

  @Test
  void rejectsALayoutEntryForAnUnknownNode() {
    Flow flow =
        flow(List.of(source("src"), sink("out")), edges("src>out"))
            .withLayout(
                Layout.EMPTY
                    .with(id("src"), new Layout.Point(0, 0))
                    .with(id("gone"), new Layout.Point(10, 10)));

    assertThat(Validator.validate(flow))
        .containsExactly(
            error(
                "layout-unknown-node",
                "layout.gone",
                "a layout position for \"gone\", which is not a node",
                "gone"));
  }

  @Test
  void rejectsAMonthlyCostForAnUnknownNode() {
    Flow flow = Examples.withMonthlyCost(Examples.clickstream(), "clickz");

    assertThat(Validator.validate(flow))
        .containsExactly(
            error(
                "cost-unknown-node",
                "cost.monthly.clickz",
                "a monthly cost for \"clickz\", which is not a node (did you mean \"clicks\"?)",
                "clickz"));
  }

  @Test
  void reportsIssuesInDocumentOrder() {
    Flow flow =
        flow(
                List.of(source("src"), map("a"), Flows.map("a"), sink("out")),
                edges("src>a", "a>out", "a>a"))
            .withSimulation(Examples.defaultSimulation().withReplications(0));

    assertThat(Validator.validate(flow))
        .extracting(Issue::path)
        .containsExactly("nodes[2].id", "edges[2]", "simulation.replications");
  }
}

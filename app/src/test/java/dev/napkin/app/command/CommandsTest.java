package dev.napkin.app.command;

import static dev.napkin.app.testing.Flows.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.app.testing.Flows;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.EdgeKey;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout.Point;
import dev.napkin.model.flow.Node;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Transform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandsTest {
  private final Flow start = Flows.chain();

  @Test
  void deletingANodeTakesItsEdgesAndUndoRestoresDocumentOrder() {
    RemoveElements delete = RemoveElements.of(start, Set.of(id("sessionize")), Set.of());
    Flow after = delete.apply(start);

    assertThat(after.nodes()).extracting(Node::id).containsExactly(id("clicks"), id("dashboard"));
    assertThat(after.edges()).isEmpty();
    assertThat(after.layout().of(id("sessionize"))).isEmpty();
    assertThat(delete.revert(after)).isEqualTo(start);
    assertThat(delete.label()).isEqualTo("Delete node");
  }

  @Test
  void deletingAnEdgeKeepsItsNodes() {
    EdgeKey key = new EdgeKey(id("clicks"), id("sessionize"));
    RemoveElements delete = RemoveElements.of(start, Set.of(), Set.of(key));
    Flow after = delete.apply(start);

    assertThat(after.nodes()).hasSize(3);
    assertThat(after.edges()).containsExactly(Edge.of("sessionize", "dashboard"));
    assertThat(delete.revert(after)).isEqualTo(start);
  }

  @Test
  void addingRefusesAnIdThatExists() {
    AddElements add = AddElements.node(Transform.of("clicks"), new Point(0, 0));
    assertThatThrownBy(() -> add.apply(start)).hasMessage("node clicks already exists");
  }

  @Test
  void addThenRevertIsTheStart() {
    AddElements add =
        new AddElements(
            "Paste",
            List.of(Sink.of("lake")),
            List.of(Edge.of("sessionize", "lake")),
            Map.of(id("lake"), new Point(560, 300)));
    Flow after = add.apply(start);

    assertThat(after.node(id("lake"))).contains(Sink.of("lake"));
    assertThat(after.layout().of(id("lake"))).contains(new Point(560, 300));
    assertThat(add.revert(after)).isEqualTo(start);
  }

  @Test
  void replaceNodeKeepsPlaceAndRefusesANewId() {
    Transform before = (Transform) start.node(id("sessionize")).orElseThrow();
    Transform after = before.withParallelism(4);
    Flow edited = new ReplaceNode("Set parallelism", before, after).apply(start);

    assertThat(edited.nodes().get(1)).isEqualTo(after);
    assertThatThrownBy(() -> new ReplaceNode("x", before, Transform.of("other")))
        .hasMessageContaining("keeps its id");
  }

  @Test
  void replaceEdgeChangesTheContract() {
    Edge before = start.edges().get(0);
    Edge after = new Edge(before.from(), before.to(), Optional.of("clicks@3"), before.transport());
    Command change = new ReplaceEdge("Set contract", before, after);

    assertThat(change.apply(start).edges().get(0)).isEqualTo(after);
    assertThat(change.revert(change.apply(start))).isEqualTo(start);
  }

  @Test
  void flowSettingsChangeOnlyTheirFields() {
    FlowSettings before = FlowSettings.of(start);
    Command rename = new ChangeFlowSettings("Rename flow", before, before.withName("Other"));

    assertThat(rename.apply(start).name()).isEqualTo("Other");
    assertThat(rename.apply(start).nodes()).isEqualTo(start.nodes());
    assertThat(rename.revert(rename.apply(start))).isEqualTo(start);
  }

  @Test
  void compositeRevertsItsPartsInReverseOrder() {
    Command add = AddElements.node(Sink.of("lake"), new Point(1, 1));
    Command connect = AddElements.edge(Edge.of("sessionize", "lake"));
    Command both = new CompositeCommand("Add and connect", List.of(add, connect));

    assertThat(both.apply(start).edges()).hasSize(3);
    assertThat(both.revert(both.apply(start))).isEqualTo(start);
  }
}

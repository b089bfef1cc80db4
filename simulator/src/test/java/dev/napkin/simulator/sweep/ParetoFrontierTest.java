package dev.napkin.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.napkin.simulator.sweep.ParetoFrontier.Objectives;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ParetoFrontierTest {
  /** An item: a name and where it stands, or nothing (left out of the frontier). */
  record Item(String name, Optional<Objectives> at) {}

  private static final Function<Item, Optional<Objectives>> AT = Item::at;

  private static Item item(String name, double cost, double latency) {
    return new Item(name, Optional.of(new Objectives(cost, latency)));
  }

  @Test
  void keepsTheNonDominatedCheapestFirst() {
    Item slowCheap = item("slow-cheap", 10, 100);
    Item middle = item("middle", 20, 50);
    Item dominated = item("dominated", 25, 60);
    Item fastDear = item("fast-dear", 40, 10);
    Item sameCostSlower = item("same-cost-slower", 40, 11);
    Item sameLatencyDearer = item("same-latency-dearer", 45, 10);

    List<Item> frontier =
        ParetoFrontier.of(
            List.of(dominated, fastDear, sameCostSlower, slowCheap, sameLatencyDearer, middle), AT);

    assertThat(frontier).containsExactly(slowCheap, middle, fastDear);
  }

  @Test
  void equalItemsBothStayAndItemsWithoutObjectivesAreLeftOut() {
    Item a = item("a", 10, 10);
    Item b = item("b", 10, 10);
    Item none = new Item("none", Optional.empty());

    assertThat(ParetoFrontier.of(List.of(none, a, b), AT)).containsExactly(a, b);
  }

  @Test
  void rejectsNonFiniteObjectives() {
    assertThatThrownBy(() -> new Objectives(1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objectives must be finite, got cost 1.0, latency Infinity");
  }

  @Property
  void noFrontierItemIsDominatedAndEveryOtherItemIs(@ForAll("items") List<Item> items) {
    List<Item> frontier = ParetoFrontier.of(items, AT);
    List<Item> scored = items.stream().filter(i -> i.at().isPresent()).toList();

    for (Item f : frontier) {
      assertThat(scored).noneMatch(other -> other.at().get().dominates(f.at().get()));
    }
    for (Item rest : scored) {
      if (frontier.stream().noneMatch(f -> f == rest)) {
        assertThat(scored).anyMatch(other -> other.at().get().dominates(rest.at().get()));
      }
    }
  }

  @Property
  void theFrontierIsCheapestFirstAndFasterAsItCostsMore(@ForAll("items") List<Item> items) {
    List<Objectives> frontier =
        ParetoFrontier.of(items, AT).stream().map(i -> i.at().get()).toList();

    for (int i = 1; i < frontier.size(); i++) {
      assertThat(frontier.get(i).cost()).isGreaterThanOrEqualTo(frontier.get(i - 1).cost());
      assertThat(frontier.get(i).latency()).isLessThanOrEqualTo(frontier.get(i - 1).latency());
    }
  }

  @Provide
  Arbitrary<List<Item>> items() {
    // Small integer grids make ties in cost, latency or both common.
    Arbitrary<Optional<Objectives>> at =
        Combinators.combine(
                Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 8))
            .as((c, l) -> new Objectives(c, l))
            .optional(0.9);
    return Combinators.combine(Arbitraries.strings().alpha().ofLength(3), at)
        .as(Item::new)
        .list()
        .ofMaxSize(30);
  }
}

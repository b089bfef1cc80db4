package dev.napkin.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.NodeKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaletteEntryTest {
  private static List<String> found(String query) {
    return PaletteCatalog.entries().stream()
        .filter(e -> e.matches(query))
        .map(e -> e.prototype().id().value())
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          kafka        | kafka, topic
          KAFKA SINK   | topic
          window       | aggregate
          cdc          | cdc
          druid        | dashboard
          nothing-here | ''
          """)
  void searchMatchesEveryWordInLabelHelpTechnologyOrKind(String query, String expected) {
    List<String> ids = expected.isEmpty() ? List.of() : List.of(expected.split(",\\s*"));
    assertThat(found(query)).isEqualTo(ids);
  }

  @org.junit.jupiter.api.Test
  void offersSourcesTransformsAndSinksWithUniqueKeys() {
    var entries = PaletteCatalog.entries();
    assertThat(entries)
        .extracting(PaletteEntry::kind)
        .contains(NodeKind.SOURCE, NodeKind.TRANSFORM, NodeKind.SINK);
    assertThat(entries.stream().map(e -> e.prototype().id()).distinct()).hasSize(entries.size());
  }
}

package dev.napkin.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.app.editor.ElkLayout;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.testing.Flows;
import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.MoneyRate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every price field of the flow inspector changes exactly its own price, as one command. */
class CostFieldsTest {
  private static final Optional<MoneyRate> PRICE = Optional.of(MoneyRate.usdPerHour("0.07"));

  private final FlowDocument document = new FlowDocument(Flows.chain(), Optional.empty());
  private final EditorViewModel editor = new EditorViewModel(document, new ElkLayout(180, 80));
  private final InspectorViewModel inspector = new InspectorViewModel(editor);

  static Stream<Arguments> fields() {
    return Stream.of(
        Arguments.of("vCPU-hour", op(c -> c.withVcpuHour(PRICE))),
        Arguments.of("Batch vCPU-hour", own(ExecutionMode.BATCH)),
        Arguments.of("Micro-batch vCPU-hour", own(ExecutionMode.MICRO_BATCH)),
        Arguments.of("Streaming vCPU-hour", own(ExecutionMode.STREAMING)),
        Arguments.of(
            "Streaming job-hour",
            op(c -> c.with(ExecutionMode.STREAMING, c.streaming().withPerJobHour(PRICE)))));
  }

  private static UnaryOperator<CostSettings> op(UnaryOperator<CostSettings> change) {
    return change;
  }

  private static UnaryOperator<CostSettings> own(ExecutionMode mode) {
    return c -> c.with(mode, c.of(mode).withVcpuHour(PRICE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void changesOnlyItsOwnPrice(String name, UnaryOperator<CostSettings> expected) {
    CostSettings before = editor.flow().cost();
    Field field = inspector.field(name).orElseThrow(() -> new AssertionError("no field " + name));

    assertThat(inspector.commit(field, "0.07 USD")).isEmpty();

    assertThat(editor.flow().cost()).isEqualTo(expected.apply(before));
    assertThat(document.history().undoableLabels()).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void blankPricesShowWhatTheyFallBackTo() {
    assertThat(inspector.field("Batch vCPU-hour").orElseThrow().placeholder())
        .isEqualTo("0.06 USD/h (catalog)");
    assertThat(inspector.field("Streaming job-hour").orElseThrow().placeholder())
        .isEqualTo("0.11 USD/h (catalog)");

    inspector.commit(inspector.field("vCPU-hour").orElseThrow(), "0.07 USD");

    assertThat(inspector.field("Batch vCPU-hour").orElseThrow().placeholder())
        .isEqualTo("0.07 USD/h (from vCPU-hour)");
  }
}

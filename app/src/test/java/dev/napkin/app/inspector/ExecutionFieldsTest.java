package dev.napkin.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.app.editor.ElkLayout;
import dev.napkin.app.editor.FlowDocument;
import dev.napkin.app.testing.Flows;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Execution.Delivery;
import dev.napkin.model.flow.Execution.Partition;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every execution field of the flow inspector changes exactly its own setting, as one command. */
class ExecutionFieldsTest {
  private final FlowDocument document = new FlowDocument(Flows.chain(), Optional.empty());
  private final EditorViewModel editor = new EditorViewModel(document, new ElkLayout(180, 80));
  private final InspectorViewModel inspector = new InspectorViewModel(editor);

  static Stream<Arguments> fields() {
    Duration d7 = Duration.ofSeconds(7);
    return Stream.of(
        edit("Mode", "micro-batch", e -> e.withMode(ExecutionMode.MICRO_BATCH)),
        edit("Batch every", "7s", e -> e.withBatch(e.batch().withEvery(d7))),
        edit("Batch startup", "7s", e -> e.withBatch(e.batch().withStartup(d7))),
        edit(
            "Batch partition", "event", e -> e.withBatch(e.batch().withPartition(Partition.EVENT))),
        edit("Batch grace", "7s", e -> e.withBatch(e.batch().withGrace(d7))),
        edit("Micro-batch every", "7s", e -> e.withMicroBatch(e.microBatch().withEvery(d7))),
        edit("Micro-batch overhead", "7s", e -> e.withMicroBatch(e.microBatch().withOverhead(d7))),
        edit(
            "Micro-batch watermark delay",
            "7s",
            e -> e.withMicroBatch(e.microBatch().withWatermarkDelay(Optional.of(d7)))),
        edit("Streaming checkpoint", "7s", e -> e.withStreaming(e.streaming().withCheckpoint(d7))),
        edit(
            "Checkpoint duration",
            "7s",
            e -> e.withStreaming(e.streaming().withCheckpointDuration(d7))),
        edit(
            "Delivery",
            "at-least-once",
            e -> e.withStreaming(e.streaming().withDelivery(Delivery.AT_LEAST_ONCE))),
        edit("Watermark delay", "7s", e -> e.withStreaming(e.streaming().withWatermarkDelay(d7))),
        edit("Buffer timeout", "7s", e -> e.withStreaming(e.streaming().withBufferTimeout(d7))));
  }

  private static Arguments edit(String field, String text, UnaryOperator<Execution> expected) {
    return Arguments.of(field, text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void changesOnlyItsOwnSetting(String name, String text, UnaryOperator<Execution> expected) {
    Execution before = editor.flow().execution();
    Field field = inspector.field(name).orElseThrow(() -> new AssertionError("no field " + name));

    assertThat(inspector.commit(field, text)).isEmpty();

    assertThat(editor.flow().execution()).isEqualTo(expected.apply(before));
    assertThat(document.history().undoableLabels()).hasSize(1);
  }
}

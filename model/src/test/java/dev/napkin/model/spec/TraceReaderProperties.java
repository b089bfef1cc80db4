package dev.napkin.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.model.flow.TraceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

class TraceReaderProperties {
  private final Path file;

  TraceReaderProperties() throws IOException {
    file = Files.createTempFile("trace", ".csv");
  }

  @AfterProperty
  void removeFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @Provide
  Arbitrary<String> csvLike() {
    Arbitrary<String> cell =
        Arbitraries.oneOf(
            Arbitraries.of("time", "count", "", " ", "1", "0.5", "-1", "1e3", "1e999", "x", "#"),
            Arbitraries.strings().ofMaxLength(6));
    Arbitrary<String> line = cell.list().ofMaxSize(3).map(cells -> String.join(",", cells));
    return line.list().ofMaxSize(8).map(lines -> String.join("\n", lines));
  }

  @Property(tries = 300)
  void returnsIssuesOrATraceForAnyText(@ForAll("csvLike") String text) throws IOException {
    Files.writeString(file, text);

    TraceReader.Result result = TraceReader.read(file);

    assertThat(result.data().isPresent()).isEqualTo(result.issues().isEmpty());
    assertThat(result.issues()).allMatch(i -> i.location().isPresent());
  }

  @Property(tries = 200)
  void readsBackTheArrivalsItIsGiven(@ForAll("millis") List<Long> arrivalsMillis)
      throws IOException {
    String rows =
        arrivalsMillis.stream()
            .map(ms -> java.math.BigDecimal.valueOf(ms, 3).toPlainString())
            .collect(Collectors.joining("\n"));
    Files.writeString(file, "time\n" + rows + "\n");

    long[] nanos = arrivalsMillis.stream().mapToLong(ms -> ms * 1_000_000L).toArray();
    assertThat(TraceReader.read(file).data()).contains(TraceData.arrivals(nanos));
  }

  @Provide
  Arbitrary<List<Long>> millis() {
    return Arbitraries.longs().between(0, 10_000_000_000L).list().ofMinSize(1).ofMaxSize(50);
  }
}

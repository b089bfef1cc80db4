package dev.napkin.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
  private final MemorySettings settings = new MemorySettings();

  @Test
  void newestFirstWithoutRepeatsAndRememberedBetweenRuns() {
    RecentFiles recent = new RecentFiles(settings);
    recent.add(Path.of("/tmp/a.yaml"));
    recent.add(Path.of("/tmp/b.yaml"));
    recent.add(Path.of("/tmp/a.yaml"));

    assertThat(new RecentFiles(settings).files())
        .containsExactly(Path.of("/tmp/a.yaml"), Path.of("/tmp/b.yaml"));
  }

  @Test
  void keepsOnlyTheLastTen() {
    RecentFiles recent = new RecentFiles(settings);
    IntStream.range(0, 12).forEach(i -> recent.add(Path.of("/tmp/f" + i + ".yaml")));

    assertThat(recent.files()).hasSize(RecentFiles.LIMIT);
    assertThat(recent.files().get(0)).isEqualTo(Path.of("/tmp/f11.yaml"));
    assertThat(recent.files()).doesNotContain(Path.of("/tmp/f0.yaml"), Path.of("/tmp/f1.yaml"));
  }
}

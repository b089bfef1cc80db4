package dev.napkin.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path folder;

  private long filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void replacesTheTargetWholeAndLeavesNoTemporaryFileBehind() throws IOException {
    Path target = folder.resolve("flow.yaml");
    Files.writeString(target, "old");

    AtomicFiles.write(target, "napkin: 1\n");

    assertThat(Files.readString(target)).isEqualTo("napkin: 1\n");
    assertThat(filesIn(folder)).isEqualTo(1);
  }

  @Test
  void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(folder)
            .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
    Path fresh = folder.resolve("report.html");
    Path kept = folder.resolve("private.yaml");
    Files.writeString(kept, "old");
    Files.setPosixFilePermissions(
        kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

    AtomicFiles.write(fresh, "<html>");
    AtomicFiles.write(kept, "new");

    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(fresh)))
        .isEqualTo("rw-r--r--");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(kept)))
        .isEqualTo("rw-------");
  }

  @Test
  void createsMissingFolders() throws IOException {
    Path target = folder.resolve("a/b/flow.json");
    AtomicFiles.write(target, "{}");
    assertThat(Files.readString(target)).isEqualTo("{}");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAsItWas() throws IOException {
    Path target = folder.resolve("taken");
    Files.createDirectories(target.resolve("not-empty"));

    try {
      AtomicFiles.write(target, "new");
    } catch (IOException expected) {
      // a non-empty folder cannot be replaced by a file
    }

    assertThat(Files.isDirectory(target.resolve("not-empty"))).isTrue();
    assertThat(filesIn(folder)).isEqualTo(1);
  }
}

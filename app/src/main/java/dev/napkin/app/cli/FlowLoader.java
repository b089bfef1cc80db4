package dev.napkin.app.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and validates a flow spec for the command line: the spec reader plugs in here. Throws
 * {@link IOException} when the file cannot be read (exit 2) and {@link InvalidFlowException} when
 * it is not a valid flow (exit 1).
 */
@FunctionalInterface
public interface FlowLoader {
  LoadedFlow load(Path file) throws IOException, InvalidFlowException;

  /** A loader for builds without a spec reader: every load fails with an I/O error saying so. */
  static FlowLoader unavailable() {
    return file -> {
      throw new IOException("reading flow specs is not available in this build");
    };
  }
}

package dev.napkin.app.cli;

import dev.napkin.model.spec.FlowFile;
import dev.napkin.model.spec.SpecCodes;
import dev.napkin.model.validate.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Loads a flow for the command line: invalid specs become {@link InvalidFlowException}. */
final class SpecFlowLoader implements FlowLoader {
  @Override
  public LoadedFlow load(Path file) throws IOException, InvalidFlowException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such file");
    }
    FlowFile.Loaded loaded = FlowFile.load(file);
    Optional<Issue> unreadable =
        loaded.issues().stream().filter(i -> i.code().equals(SpecCodes.IO)).findFirst();
    if (unreadable.isPresent()) {
      throw new IOException(unreadable.get().format(file.toString()));
    }
    if (loaded.hasErrors() || loaded.flow().isEmpty()) {
      throw new InvalidFlowException(loaded.issues());
    }
    return new LoadedFlow(loaded.flow().get(), loaded.traces(), loaded.warnings());
  }
}

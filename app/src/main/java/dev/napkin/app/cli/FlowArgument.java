package dev.napkin.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the FLOW argument of a command the same way for every command: lint warnings printed and
 * the flow returned; or the errors printed (exit 1), or why the file could not be read (exit 2).
 */
final class FlowArgument {
  private FlowArgument() {}

  /** A loaded flow, or the exit code the command ends with. */
  record Loaded(Optional<LoadedFlow> flow, int exitCode) {}

  static Loaded load(CliServices services, Path flowFile, PrintWriter err) {
    String file = flowFile.toString();
    try {
      LoadedFlow loaded = services.loader().load(flowFile);
      loaded.warnings().forEach(issue -> err.println(issue.format(file)));
      err.flush();
      return new Loaded(Optional.of(loaded), ExitCodes.OK);
    } catch (InvalidFlowException e) {
      e.issues().forEach(issue -> err.println(issue.format(file)));
      err.flush();
      return new Loaded(Optional.empty(), ExitCodes.INVALID);
    } catch (IOException e) {
      err.println(file + ": error: cannot read: " + e.getMessage());
      err.flush();
      return new Loaded(Optional.empty(), ExitCodes.USAGE);
    }
  }
}

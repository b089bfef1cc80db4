package dev.napkin.app.cli;

import dev.napkin.model.validate.Issue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code napkin validate FLOW}: reads, validates and lints a spec; problems go to stderr. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a flow spec: errors and lint warnings with file, line and column.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:valid (warnings allowed)", "1:invalid flow spec", "2:usage or I/O error"})
public final class ValidateCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FLOW", description = "The flow spec (.yaml, .yml, .json).")
  private Path flowFile;

  public ValidateCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String file = flowFile.toString();
    List<Issue> issues;
    int code;
    try {
      issues = services.loader().load(flowFile).warnings();
      code = ExitCodes.OK;
    } catch (InvalidFlowException e) {
      issues = e.issues();
      code = ExitCodes.INVALID;
    } catch (IOException e) {
      err.println(file + ": error: cannot read: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    issues.forEach(issue -> err.println(issue.format(file)));
    err.flush();
    out.println(file + ": " + summary(issues));
    out.flush();
    return code;
  }

  /** {@code valid}, {@code valid, 2 warnings} or {@code invalid: 1 error, 1 warning}. */
  static String summary(List<Issue> issues) {
    long errors = issues.stream().filter(Issue::isError).count();
    long warnings = issues.size() - errors;
    String counts =
        (errors > 0 ? plural(errors, "error") : "")
            + (errors > 0 && warnings > 0 ? ", " : "")
            + (warnings > 0 ? plural(warnings, "warning") : "");
    if (errors > 0) {
      return "invalid: " + counts;
    }
    return warnings > 0 ? "valid, " + counts : "valid";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

package dev.napkin.app.cli;

import dev.napkin.app.export.ExportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code napkin export FLOW --to FORMAT -o OUT}: writes the flow in another format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a flow as a canonical spec or a diagram.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:invalid flow spec", "2:usage or I/O error"})
public final class ExportCommand implements Callable<Integer> {
  private final CliServices services;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FLOW", description = "The flow spec (.yaml, .yml, .json).")
  private Path flowFile;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "yaml|json|mermaid|dot|svg|png|openlineage|markdown|html|csv")
  private ExportFormat format;

  @Option(
      names = "-o",
      required = true,
      paramLabel = "OUT",
      description = "The file to write (- for standard output).")
  private String output;

  public ExportCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!format.available()) {
      err.println("napkin export: error: --to " + format + " is not yet available in this build");
      err.flush();
      return ExitCodes.USAGE;
    }
    FlowArgument.Loaded argument = FlowArgument.load(services, flowFile, err);
    if (argument.flow().isEmpty()) {
      return argument.exitCode();
    }
    LoadedFlow loaded = argument.flow().get();
    String text = format.render(loaded.flow());
    try {
      write(text);
    } catch (IOException e) {
      err.println(output + ": error: cannot write: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }

  /** Atomic: a failed export leaves no half-written file. */
  private void write(String text) throws IOException {
    if (output.equals("-")) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return;
    }
    OutputFile.write(Path.of(output), text);
  }

  /** {@code --to}: one of the export formats. */
  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return ExportFormat.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "\""
                          + value
                          + "\" is not an export format ("
                          + Arrays.stream(ExportFormat.values())
                              .map(ExportFormat::toString)
                              .collect(Collectors.joining("|"))
                          + ")"));
    }
  }
}

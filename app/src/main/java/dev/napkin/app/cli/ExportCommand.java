package dev.napkin.app.cli;

import dev.napkin.app.export.ExportFiles;
import dev.napkin.app.export.ExportFormat;
import dev.napkin.app.report.ReportExport;
import dev.napkin.simulator.result.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code napkin export FLOW --to FORMAT -o OUT}: writes the flow in another format, as a picture,
 * or (markdown, html, csv) as a report of its simulation, which takes simulate's options.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a flow as a canonical spec, a diagram, a picture or a simulation report.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:invalid flow spec or failed run", "2:usage or I/O error"})
public final class ExportCommand implements Callable<Integer> {
  private static final String STDOUT = "-";

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
      description = "The file to write (- for standard output; not for png or markdown).")
  private String output;

  @Option(
      names = "--scale",
      paramLabel = "N",
      converter = ScaleConverter.class,
      description = "png only: pixels per unit, in (0, 16] (default: 2).")
  private Double scale;

  @Mixin private SimulationOptions simulation;

  @Mixin private RunOptions modes;

  public ExportCommand(CliServices services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> misuse = misuse();
    if (misuse.isPresent()) {
      err.println("napkin export: error: " + misuse.get());
      err.flush();
      return ExitCodes.USAGE;
    }
    FlowArgument.Loaded argument = FlowArgument.load(services, flowFile, err);
    if (argument.flow().isEmpty()) {
      return argument.exitCode();
    }
    LoadedFlow loaded = argument.flow().get();
    ExportFiles files;
    Optional<SimulationResult> result = Optional.empty();
    if (format.needsSimulation()) {
      CommandSimulation.Outcome run =
          CommandSimulation.run(
              services, loaded, simulation, modes, flowFile.toString(), "export", err);
      if (run.result().isEmpty()) {
        return run.code();
      }
      result = run.result();
      String name = output.equals(STDOUT) ? "report" : Path.of(output).getFileName().toString();
      files = ReportExport.files(format, result.get(), name);
    } else {
      try {
        files = format.files(loaded.flow(), scale == null ? ExportFormat.DEFAULT_SCALE : scale);
      } catch (IllegalArgumentException e) {
        err.println("napkin export: error: " + e.getMessage());
        err.flush();
        return ExitCodes.USAGE;
      }
    }
    try {
      write(files);
    } catch (IOException e) {
      err.println(output + ": error: cannot write: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    result.ifPresent(r -> r.warnings().forEach(w -> err.println(flowFile + ": warning: " + w)));
    err.flush();
    return ExitCodes.OK;
  }

  /** What is wrong with the options together, if anything (a usage error). */
  private Optional<String> misuse() {
    if (!format.available()) {
      return Optional.of("--to " + format + " is not yet available in this build");
    }
    ParseResult parsed = spec.commandLine().getParseResult();
    if (!format.needsSimulation()) {
      Optional<String> given =
          Stream.concat(RunOptions.NAMES.stream(), SimulationOptions.NAMES.stream())
              .filter(parsed::hasMatchedOption)
              .findFirst();
      if (given.isPresent()) {
        return Optional.of(
            given.get() + " applies only to the reports (markdown, html, csv), not to " + format);
      }
    }
    if (scale != null && format != ExportFormat.PNG) {
      return Optional.of("--scale applies only to png, not to " + format);
    }
    if (output.equals(STDOUT) && (format == ExportFormat.PNG || format == ExportFormat.MARKDOWN)) {
      return Optional.of(
          "--to "
              + format
              + (format == ExportFormat.PNG
                  ? " writes binary data"
                  : " writes its pictures beside the report")
              + ": give a file with -o");
    }
    return Optional.empty();
  }

  private void write(ExportFiles files) throws IOException {
    if (output.equals(STDOUT)) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(files.mainText());
      out.flush();
      return;
    }
    OutputFile.write(Path.of(output), files);
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

  /** {@code --scale}: a positive number up to 16. */
  static final class ScaleConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double scale;
      try {
        scale = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("\"" + value + "\" is not a number");
      }
      if (!(scale > 0 && scale <= 16)) {
        throw new TypeConversionException("a scale is in (0, 16], got " + value);
      }
      return scale;
    }
  }
}

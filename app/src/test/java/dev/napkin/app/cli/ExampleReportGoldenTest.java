package dev.napkin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.napkin.app.export.ExportFiles;
import dev.napkin.app.export.ExportFormat;
import dev.napkin.app.report.ReportExport;
import dev.napkin.model.unit.Duration;
import dev.napkin.simulator.result.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example simulated briefly (10 minutes after a 2-minute warm-up, one replication: enough to
 * exercise every part of a report, short enough for the suite) and reported as Markdown with its
 * pictures, HTML and CSV, each matching its golden file under {@code
 * src/test/resources/golden/report}. After an intended change (here or in the simulator),
 * regenerate them with {@code -Dnapkin.updateGolden=true} and review the diff.
 */
class ExampleReportGoldenTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("napkin.examples"));
  private static final Path GOLDEN = Path.of("src/test/resources/golden/report");
  private static final Pattern LINK = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
      return examples.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reportsMatchGoldenFiles(Path example) throws Exception {
    String name = example.getFileName().toString().replace(".yaml", "");
    SimulationResult result = simulate(example);

    ExportFiles markdown = ReportExport.files(ExportFormat.MARKDOWN, result, name + ".md");
    ExportFiles html = ReportExport.files(ExportFormat.HTML, result, name + ".html");
    ExportFiles csv = ReportExport.files(ExportFormat.CSV, result, name + ".csv");

    matchesGolden(name + ".md", markdown.main());
    for (Map.Entry<String, byte[]> picture : markdown.beside().entrySet()) {
      matchesGolden(picture.getKey(), picture.getValue());
    }
    matchesGolden(name + ".html", html.main());
    matchesGolden(name + ".csv", csv.main());
    Matcher links = LINK.matcher(markdown.mainText());
    int count = 0;
    while (links.find()) {
      assertThat(markdown.beside()).containsKey(links.group(1));
      assertThat(GOLDEN.resolve(links.group(1))).exists();
      count++;
    }
    assertThat(count).isEqualTo(markdown.beside().size()).isGreaterThanOrEqualTo(3);
    assertThat(ReportExport.files(ExportFormat.MARKDOWN, result, name + ".md"))
        .as("deterministic")
        .isEqualTo(markdown);
  }

  private static SimulationResult simulate(Path example) throws Exception {
    LoadedFlow loaded = new SpecFlowLoader().load(example);
    SimulationOptions options = new SimulationOptions();
    RunOptions modes = new RunOptions();
    modes.mode = ModeSelection.ALL;
    modes.progress = ProgressMode.NEVER;
    options.horizon = Duration.ofMinutes(10);
    options.warmup = Duration.ofMinutes(2);
    options.replications = 1;
    StringWriter err = new StringWriter();
    CommandSimulation.Outcome outcome =
        CommandSimulation.run(
            CliServices.defaults(),
            loaded,
            options,
            modes,
            example.toString(),
            "export",
            new PrintWriter(err));
    assertThat(outcome.result()).as(err.toString()).isPresent();
    return outcome.result().get();
  }

  private static void matchesGolden(String file, byte[] actual) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("napkin.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
    }
    assertThat(golden).exists();
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as(file)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}

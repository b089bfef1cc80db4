package dev.napkin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code napkin export} to pictures and reports: sizes, links that resolve, the same options as
 * simulate, and the exit codes. Reports here use a scripted streaming simulator, so they are fast.
 */
class ExportReportCommandTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("napkin.examples"));
  private static final Pattern LINK = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");

  private final CliServices scripted = CliFixtures.streamingOnly(CliFixtures.clickstream());

  @TempDir Path dir;

  private CliFixtures.Outcome export(CliServices services, String... args) {
    List<String> all = new ArrayList<>(List.of("export", "flow.yaml"));
    all.addAll(List.of(args));
    return CliFixtures.run(services, all.toArray(String[]::new));
  }

  @Test
  void pngIsDrawnAtTheChosenScale() throws IOException {
    Path at1 = dir.resolve("one.png");
    Path at2 = dir.resolve("two.png");

    assertThat(export(scripted, "--to", "png", "--scale", "1", "-o", at1.toString()).exitCode())
        .isZero();
    assertThat(export(scripted, "--to", "png", "-o", at2.toString()).exitCode()).isZero();

    BufferedImage one = ImageIO.read(at1.toFile());
    BufferedImage two = ImageIO.read(at2.toFile());
    assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
    assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
    assertThat(one.getWidth()).isGreaterThan(3 * 188);
  }

  @Test
  void markdownReportLinksPicturesThatExistBesideIt() throws Exception {
    Path report = dir.resolve("design review.md");

    CliFixtures.Outcome outcome = export(scripted, "--to", "markdown", "-o", report.toString());

    assertThat(outcome.exitCode()).isZero();
    String markdown = Files.readString(report);
    List<String> links = links(markdown);
    assertThat(links)
        .containsExactly(
            "design%20review-files/flow.svg",
            "design%20review-files/latency-dashboard.svg",
            "design%20review-files/cost-dashboard.svg");
    for (String link : links) {
      Path picture = dir.resolve(link.replace("%20", " "));
      assertThat(picture).exists();
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(picture.toFile());
    }
    assertThat(markdown)
        .startsWith("# Simulation report: Clickstream sessions\n")
        .contains("## Recommendation\n\nRun streaming. ")
        .contains(
            "| mode | sink | p50 | p95 | p99 | SLA | attainment | completeness | cost/month |"
                + " state |")
        .contains(
            "| streaming | dashboard | 63 s | 63 s | 63 s | p99 ≤ 2 min ✓ 19 s spare | 100 % |"
                + " 96.7 % (≥ 95 % ✓) | $551.50 | stable |\n")
        .contains("### dashboard\n\n")
        .contains("## Assumptions\n\n- Prices: streaming ");
  }

  @Test
  void htmlReportIsOneFileWithItsPicturesInline() throws IOException {
    Path report = dir.resolve("review.html");

    assertThat(export(scripted, "--to", "html", "-o", report.toString()).exitCode()).isZero();

    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(count(html, "<svg ")).isEqualTo(3);
    assertThat(html).doesNotContain("src=").doesNotContain("href=").doesNotContain("<?xml");
    List<String> ids = new ArrayList<>();
    Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    while (id.find()) {
      ids.add(id.group(1));
    }
    assertThat(ids)
        .contains("flow-node-dashboard", "latency-dashboard-cdf-streaming")
        .doesNotHaveDuplicates();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void csvReportIsWhatSimulatePrintsAsCsv() throws IOException {
    Path csv = dir.resolve("modes.csv");

    assertThat(export(scripted, "--to", "csv", "--seed", "7", "-o", csv.toString()).exitCode())
        .isZero();

    CliFixtures.Outcome simulate =
        CliFixtures.run(scripted, "simulate", "flow.yaml", "--seed", "7", "--format", "csv");
    assertThat(Files.readString(csv)).isEqualTo(simulate.out());
  }

  @Test
  void reportsAreByteIdenticalRunToRun() throws IOException {
    Path first = dir.resolve("a").resolve("r.md");
    Path second = dir.resolve("b").resolve("r.md");
    Files.createDirectories(first.getParent());
    Files.createDirectories(second.getParent());

    export(scripted, "--to", "markdown", "-o", first.toString());
    export(scripted, "--to", "markdown", "-o", second.toString());

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    for (String picture : List.of("flow.svg", "latency-dashboard.svg", "cost-dashboard.svg")) {
      assertThat(second.resolveSibling("r-files").resolve(picture))
          .hasSameBinaryContentAs(first.resolveSibling("r-files").resolve(picture));
    }
  }

  @Test
  void reportShowsProgressOnStderrLikeSimulate() {
    CliFixtures.Outcome outcome =
        export(
            scripted, "--to", "csv", "--progress", "always", "-o", dir.resolve("x.csv").toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).contains("simulating 0 %\n").contains("simulating 100 %\n");
  }

  @Test
  void simulationOptionsOnAFlowFormatAreAUsageError() {
    CliFixtures.Outcome outcome =
        export(scripted, "--to", "svg", "--horizon", "1h", "-o", dir.resolve("x.svg").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .isEqualTo(
            "napkin export: error: --horizon applies only to the reports (markdown, html, csv),"
                + " not to svg\n");
    assertThat(dir.resolve("x.svg")).doesNotExist();
  }

  @Test
  void scaleOnAnythingButPngIsAUsageError() {
    CliFixtures.Outcome outcome =
        export(scripted, "--to", "svg", "--scale", "3", "-o", dir.resolve("x.svg").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .isEqualTo("napkin export: error: --scale applies only to png, not to svg\n");
  }

  @Test
  void scaleOutOfRangeIsAUsageError() {
    CliFixtures.Outcome outcome =
        export(scripted, "--to", "png", "--scale", "0", "-o", dir.resolve("x.png").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("a scale is in (0, 16], got 0");
  }

  @Test
  void pngAndMarkdownNeedAFile() {
    CliFixtures.Outcome png = export(scripted, "--to", "png", "-o", "-");
    CliFixtures.Outcome markdown = export(scripted, "--to", "markdown", "-o", "-");

    assertThat(png.exitCode()).isEqualTo(2);
    assertThat(png.err())
        .isEqualTo("napkin export: error: --to png writes binary data: give a file with -o\n");
    assertThat(markdown.exitCode()).isEqualTo(2);
    assertThat(markdown.out()).isEmpty();
  }

  @Test
  void svgAndHtmlGoToStandardOutput() {
    CliFixtures.Outcome svg = export(scripted, "--to", "svg", "-o", "-");

    assertThat(svg.exitCode()).isZero();
    assertThat(svg.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
  }

  @Test
  void reportIntoAMissingFolderIsAnIoErrorAndWritesNothing() {
    Path out = dir.resolve("missing").resolve("r.md");

    CliFixtures.Outcome outcome = export(scripted, "--to", "markdown", "-o", out.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains(out + ": error: cannot write: ");
    assertThat(out.getParent()).doesNotExist();
  }

  @Test
  void reportOverAnUnwritablePathIsAnIoError() throws IOException {
    Path blocker = dir.resolve("r-files");
    Files.writeString(blocker, "a file where the pictures' folder would go");

    CliFixtures.Outcome outcome =
        export(scripted, "--to", "markdown", "-o", dir.resolve("r.md").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("r.md: error: cannot write: ");
    assertThat(dir.resolve("r.md")).doesNotExist();
  }

  @Test
  void warmupNotShorterThanHorizonIsAUsageError() {
    CliFixtures.Outcome outcome =
        export(
            scripted,
            "--to",
            "csv",
            "--horizon",
            "1h",
            "--warmup",
            "2h",
            "-o",
            dir.resolve("x.csv").toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .isEqualTo("flow.yaml: error: the warm-up (2h) must be shorter than the horizon (1h)\n");
  }

  @Test
  void helpListsTheScaleAndSimulateOptions() {
    CliFixtures.Outcome outcome = CliFixtures.run(scripted, "export", "--help");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .contains("--to=FORMAT", "--scale=N", "--mode=MODE", "--horizon=DUR", "--progress=WHEN");
  }

  @Test
  void realExampleExportsAsSvgWithEveryNode() throws Exception {
    Path svg = dir.resolve("clickstream.svg");

    CliFixtures.Outcome outcome =
        CliFixtures.run(
            CliServices.defaults(),
            "export",
            EXAMPLES.resolve("clickstream.yaml").toString(),
            "--to",
            "svg",
            "-o",
            svg.toString());

    assertThat(outcome.exitCode()).isZero();
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("id=\"node-clicks\"", "id=\"node-sessionize\"", "id=\"node-dashboard\"");
  }

  private static List<String> links(String markdown) {
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(markdown);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}

package dev.napkin.app.bench;

import dev.napkin.app.editor.EditorViewModel;
import dev.napkin.app.testing.EditorFixture;
import dev.napkin.app.testing.MemoryDocumentStore;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Not a timed test: measures and writes figures to target/benchmarks/editor.txt. Opens a generated
 * 1,000-node flow and measures the time to the first rendered frame, then drags one node for 240
 * frames through the same path a mouse drag takes and records each frame's time.
 *
 * <p>Run: {@code mvn -pl app -am verify -Dtest=EditorBenchmark -Dnapkin.excludedGroups=
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class EditorBenchmark {
  private static final int FRAMES = 240;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  @TempDir Path folder;

  @Test
  void opensAThousandNodesAndDragsOne() throws Exception {
    Flow flow = GeneratedFlows.layered(10, 100, 7);
    Stage stage = FxToolkit.registerPrimaryStage();
    List<String> report = new ArrayList<>();
    for (int run = 1; run <= 5; run++) {
      // The window fits the flow in view at start (10 % zoom: cards without text); runs 4 and 5
      // then zoom to 100 %, where the cards in view show their text and badges.
      boolean actualSize = run > 3;
      double[] phases = timeToFirstFrame(stage, flow, actualSize);
      report.add(
          String.format(
              Locale.ROOT,
              "run %d%s: time to first frame %.0f ms (window %.0f, flow shown %.0f, problems %.0f,"
                  + " first pulses %.0f); CPU: FX thread %.0f ms, renderer %.0f ms",
              run,
              actualSize ? " (at 100 %)" : " (whole flow in view)",
              phases[0],
              phases[1],
              phases[2],
              phases[3],
              phases[4],
              phases[5],
              phases[6]));
      System.out.println(report.get(report.size() - 1));
    }
    EditorFixture fixture = onFx(() -> open(stage, flow)).get(30, TimeUnit.SECONDS);
    List<Double> idle = idlePulses();
    idle.sort(Double::compare);
    report.add(
        String.format(
            Locale.ROOT,
            "idle (1,000 nodes shown, nothing changing): pulse interval p50 %.1f ms, p95 %.1f ms",
            pct(idle, 50),
            pct(idle, 95)));
    List<Double> intervals = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<Double> frames = dragFrames(fixture.window.editor(), intervals, cpu);
    cpu.sort(Double::compare);
    frames.sort(Double::compare);
    intervals.sort(Double::compare);
    report.add(
        String.format(
            Locale.ROOT,
            "drag, %d frames: work per frame p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " FX-thread CPU per frame p50 %.1f ms, p95 %.1f ms;"
                + " pulse interval p50 %.1f ms, p95 %.1f ms",
            frames.size(),
            pct(frames, 50),
            pct(frames, 95),
            frames.get(frames.size() - 1),
            pct(cpu, 50),
            pct(cpu, 95),
            pct(intervals, 50),
            pct(intervals, 95)));
    report.add(
        String.format(
            Locale.ROOT,
            "flow: %d nodes, %d edges; JavaFX prism %s, %s",
            flow.nodes().size(),
            flow.edges().size(),
            System.getProperty("prism.order", "default"),
            System.getProperty("glass.platform", "native")));
    Path out = Path.of("target/benchmarks/editor.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    report.forEach(System.out::println);
  }

  private EditorFixture open(Stage stage, Flow flow) {
    EditorFixture fixture = new EditorFixture(stage, new MemoryDocumentStore(), folder);
    fixture.window.show(Optional.empty());
    fixture.window.editor().open(flow, Optional.empty(), "generated.yaml");
    return fixture;
  }

  /**
   * From building the window to the end of the second pulse after showing (the first drawn): the
   * total, then its parts (building and showing the window with the starter example, replacing it
   * with the big flow, checking it for problems, the pulses up to the first frame), in ms.
   */
  private double[] timeToFirstFrame(Stage stage, Flow flow, boolean actualSize) throws Exception {
    CompletableFuture<double[]> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          long start = System.nanoTime();
          long fxCpu = CPU.getCurrentThreadCpuTime();
          long renderCpu = rendererCpu();
          EditorFixture fixture = new EditorFixture(stage, new MemoryDocumentStore(), folder);
          fixture.window.show(Optional.empty());
          long built = System.nanoTime();
          fixture.window.editor().open(flow, Optional.empty(), "generated.yaml");
          long shown = System.nanoTime();
          fixture.window.problems().check(fixture.window.editor().flow());
          long checked = System.nanoTime();
          // After the window's own fit to view, which show() queued.
          Platform.runLater(
              () -> {
                if (actualSize) {
                  fixture.window.canvas().zoomToActualSize();
                }
                int[] pulses = {0};
                Runnable[] listener = new Runnable[1];
                listener[0] =
                    () -> {
                      if (++pulses[0] == 2) {
                        stage.getScene().removePostLayoutPulseListener(listener[0]);
                        long end = System.nanoTime();
                        done.complete(
                            new double[] {
                              (end - start) / 1e6,
                              (built - start) / 1e6,
                              (shown - built) / 1e6,
                              (checked - shown) / 1e6,
                              (end - checked) / 1e6,
                              (CPU.getCurrentThreadCpuTime() - fxCpu) / 1e6,
                              (rendererCpu() - renderCpu) / 1e6
                            });
                      }
                    };
                stage.getScene().addPostLayoutPulseListener(listener[0]);
                fixture.window.canvas().requestLayout();
              });
        });
    double[] ms = done.get(120, TimeUnit.SECONDS);
    onFx(() -> {
          stage.hide();
          return null;
        })
        .get(10, TimeUnit.SECONDS);
    return ms;
  }

  /**
   * One drag step per pulse; each frame's time runs from the step to the end of that pulse's
   * layout.
   */
  private List<Double> dragFrames(EditorViewModel editor, List<Double> intervals, List<Double> cpu)
      throws Exception {
    CompletableFuture<List<Double>> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          NodeId dragged = NodeId.of("n5-50");
          editor.selection().selectOnly(dragged);
          long gesture = editor.beginMove();
          List<Double> frames = new ArrayList<>();
          long[] stepAt = {0};
          long[] cpuAt = {0};
          var scene = javafx.stage.Window.getWindows().get(0).getScene();
          Runnable afterLayout =
              () -> {
                if (stepAt[0] != 0) {
                  frames.add((System.nanoTime() - stepAt[0]) / 1e6);
                  cpu.add((CPU.getCurrentThreadCpuTime() - cpuAt[0]) / 1e6);
                  stepAt[0] = 0;
                }
              };
          scene.addPostLayoutPulseListener(afterLayout);
          new AnimationTimer() {
            int step;
            long last;

            @Override
            public void handle(long now) {
              if (step == FRAMES) {
                stop();
                editor.endMove();
                scene.removePostLayoutPulseListener(afterLayout);
                done.complete(frames);
                return;
              }
              step++;
              if (last != 0) {
                intervals.add((now - last) / 1e6);
              }
              last = now;
              stepAt[0] = System.nanoTime();
              cpuAt[0] = CPU.getCurrentThreadCpuTime();
              editor.moveTo(gesture, step * 2.0, Math.sin(step / 10.0) * 40);
            }
          }.start();
        });
    return done.get(300, TimeUnit.SECONDS);
  }

  /** The pulse rate with nothing to do: the floor the drag figures should be read against. */
  private List<Double> idlePulses() throws Exception {
    CompletableFuture<List<Double>> done = new CompletableFuture<>();
    Platform.runLater(
        () ->
            new AnimationTimer() {
              final List<Double> intervals = new ArrayList<>();
              long last;

              @Override
              public void handle(long now) {
                if (last != 0) {
                  intervals.add((now - last) / 1e6);
                }
                last = now;
                if (intervals.size() == 120) {
                  stop();
                  done.complete(intervals);
                }
              }
            }.start());
    return done.get(60, TimeUnit.SECONDS);
  }

  /**
   * CPU time of the thread that draws (the software renderer): with other builds sharing the cores,
   * CPU time says more about the editor's cost than wall time does.
   */
  private static long rendererCpu() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("QuantumRenderer"))
        .mapToLong(t -> CPU.getThreadCpuTime(t.getId()))
        .sum();
  }

  private static double pct(List<Double> sorted, int p) {
    int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
  }

  private static <T> CompletableFuture<T> onFx(java.util.concurrent.Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.call());
          } catch (Exception e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }
}

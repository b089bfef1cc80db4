package dev.napkin.app.export;

import dev.napkin.app.cli.ModeSelection;
import dev.napkin.app.files.FileDialogs;
import dev.napkin.app.report.ReportExport;
import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.TraceData;
import dev.napkin.model.spec.SpecLocations;
import dev.napkin.model.spec.TraceFiles;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.result.SimulationResult;
import dev.napkin.simulator.run.ModeRegistry;
import dev.napkin.simulator.run.SimulationRequest;
import dev.napkin.simulator.run.Simulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The app's File ▸ Export: asks for a file, writes the flow in the chosen format atomically, and
 * says in the status bar what happened. Reports simulate the flow with its own settings in every
 * mode first, away from the UI thread; one report at a time.
 */
public final class ExportController {
  /** What exports need: simulators, prices, and where work and UI updates run. */
  public record Services(
      ModeRegistry modes, Prices prices, Simulator simulator, Executor background, Executor ui) {
    /** Every mode, catalog prices, one background thread, updates on the FX thread. */
    public static Services standard() {
      return new Services(
          ModeRegistry.standard(),
          Prices.bundled(),
          new Simulator(),
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "napkin-report");
                t.setDaemon(true);
                return t;
              }),
          Platform::runLater);
    }
  }

  /** The open document, as the export needs it. */
  public record Document(
      Supplier<Flow> flow, Supplier<Optional<Path>> file, Supplier<String> name) {}

  private final Document document;
  private final FileDialogs dialogs;
  private final Consumer<String> status;
  private final Services services;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

  public ExportController(
      Document document, FileDialogs dialogs, Consumer<String> status, Services services) {
    this.document = document;
    this.dialogs = dialogs;
    this.status = status;
    this.services = services;
  }

  /** True while a report is being made. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Asks where, then exports; reports finish later and say so in the status bar. */
  public void export(ExportFormat format) {
    if (!format.available()) {
      status.accept(format + " export is not yet available");
      return;
    }
    if (format.needsSimulation() && running.get()) {
      status.accept("A report is already being made");
      return;
    }
    Flow flow = document.flow().get();
    Optional<Path> folder = document.file().get().map(Path::toAbsolutePath).map(Path::getParent);
    Optional<Path> target =
        dialogs.chooseExportFile(
            format.toString(),
            format.extension(),
            baseName(document.name().get()) + "." + format.extension(),
            folder);
    if (target.isEmpty()) {
      return;
    }
    if (format.needsSimulation()) {
      report(format, flow, folder, target.get());
      return;
    }
    try {
      ExportWriter.write(target.get(), format.files(flow, ExportFormat.DEFAULT_SCALE));
      status.accept("Exported " + target.get().getFileName());
    } catch (IOException | RuntimeException e) {
      status.accept("Could not export " + target.get().getFileName() + ": " + e.getMessage());
    }
  }

  private void report(ExportFormat format, Flow flow, Optional<Path> folder, Path target) {
    running.set(true);
    status.accept("Simulating " + flow.name() + " for the " + format + " report…");
    CompletableFuture.supplyAsync(
            () -> writeReport(format, flow, folder, target), services.background())
        .whenComplete(
            (message, error) ->
                services
                    .ui()
                    .execute(
                        () -> {
                          running.set(false);
                          status.accept(error == null ? message : failure(target, error));
                        }));
  }

  private String writeReport(ExportFormat format, Flow flow, Optional<Path> folder, Path target) {
    ModeSelection selection =
        ModeSelection.of(ModeSelection.ALL, services.modes(), Optional.of(flow));
    List<ModeSimulator> simulators =
        selection.run().stream().map(m -> services.modes().create(m).orElseThrow()).toList();
    Map<NodeId, TraceData> traces =
        folder.map(f -> TraceFiles.load(flow, f, SpecLocations.empty()).traces()).orElse(Map.of());
    SimulationRequest request =
        new SimulationRequest(flow, flow.simulation(), traces, simulators, services.prices());
    SimulationResult result =
        services
            .simulator()
            .run(request, RunControl.none())
            .withWarnings(selection.skippedWarning().stream().toList());
    try {
      ExportWriter.write(
          target, ReportExport.files(format, result, target.getFileName().toString()));
    } catch (IOException e) {
      throw new CompletionException(e);
    }
    return "Wrote "
        + target.getFileName()
        + result.recommendation().map(r -> " (recommends " + r.mode() + ")").orElse("");
  }

  private static String failure(Path target, Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return "Could not write " + target.getFileName() + ": " + cause.getMessage();
  }

  /** {@code clickstream.yaml} → {@code clickstream}. */
  static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}

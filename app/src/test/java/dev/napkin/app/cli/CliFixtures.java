package dev.napkin.app.cli;

import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.Edge;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.Layout;
import dev.napkin.model.flow.NodeId;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sink;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.flow.Source;
import dev.napkin.model.flow.Transform;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.Money;
import dev.napkin.model.unit.Rate;
import dev.napkin.model.unit.Ratio;
import dev.napkin.simulator.engine.RunControl;
import dev.napkin.simulator.metrics.RunStats;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.RunInput;
import dev.napkin.simulator.run.ModeRegistry;
import dev.napkin.simulator.run.Simulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import picocli.CommandLine;

/** A flow built in code, fake mode simulators with known stats, and a way to run the CLI. */
final class CliFixtures {
  static final long SECOND = 1_000_000_000L;
  static final long HOUR = 3600 * SECOND;
  static final NodeId CLICKS = NodeId.of("clicks");
  static final NodeId SESSIONIZE = NodeId.of("sessionize");
  static final NodeId DASHBOARD = NodeId.of("dashboard");

  private CliFixtures() {}

  /** clicks → sessionize (4 workers) → dashboard (p99 within the target, 95 % complete). */
  static Flow clickstream(Duration latencyTarget) {
    Sla sla =
        new Sla(Optional.of(latencyTarget), Optional.of(99.0), Optional.of(Ratio.ofPercent("95")));
    return new Flow(
        "Clickstream sessions",
        Optional.empty(),
        Sla.NONE,
        List.of(
            Source.of("clicks", Rate.perSecond(2000)),
            Transform.of("sessionize").withParallelism(4),
            new Sink(DASHBOARD, "dashboard", Optional.empty(), Duration.ofSeconds(2), sla)),
        List.of(Edge.of("clicks", "sessionize"), Edge.of("sessionize", "dashboard")),
        new Execution(
            ExecutionMode.STREAMING,
            Execution.Batch.DEFAULTS,
            Execution.MicroBatch.DEFAULTS,
            Execution.Streaming.DEFAULTS),
        new CostSettings(
            Optional.empty(),
            CostSettings.ModePrices.NONE,
            CostSettings.ModePrices.NONE,
            CostSettings.ModePrices.NONE,
            Map.of(CLICKS, Money.usd("150"))),
        new SimulationSettings(
            Duration.ofHours(24), Duration.ofHours(1), 2, 42, SimulationSettings.Fidelity.AUTO),
        Layout.EMPTY);
  }

  static Flow clickstream() {
    return clickstream(Duration.ofMinutes(2));
  }

  /** A mode simulator made of a function. */
  record ScriptedMode(String name, BiFunction<RunInput, RunControl, RunStats> script)
      implements ModeSimulator {
    @Override
    public RunStats run(RunInput input, RunControl control) {
      control.checkpoint(0.5);
      return script.apply(input, control);
    }
  }

  /**
   * Streaming with known numbers: every result at 60 s (replication 0) or 66 s (1), 96.7 %
   * complete, 5,410,000 late and 750,000 dropped, sessionize 2 % busy with 4 vCPUs and one job.
   */
  static ModeSimulator knownStreaming() {
    return new ScriptedMode(
        "streaming",
        (input, control) -> {
          RunStats stats = new RunStats("streaming");
          stats.setMeasuredNanos(23 * HOUR);
          stats.sink(DASHBOARD).recordLatency((60 + 6L * input.replication()) * SECOND, 690_000);
          stats.sink(DASHBOARD).addCompleteness(1000, 967);
          stats.sink(DASHBOARD).addLate(5_410_000);
          stats.sink(DASHBOARD).addDropped(750_000);
          stats.node(SESSIONIZE).addBusy(0.02 * 4 * 23 * HOUR);
          stats.node(SESSIONIZE).addInSystem(0.1 * 23 * HOUR);
          stats.node(SESSIONIZE).observeBacklog(9);
          stats.bill(RunStats.Billing.vcpu(SESSIONIZE, ExecutionMode.STREAMING, 4 * 23));
          stats.bill(RunStats.Billing.job(ExecutionMode.STREAMING, 23));
          return stats;
        });
  }

  /** Random results from (seed, replication), finishing in a random order. */
  static ModeSimulator noisy(String name, ExecutionMode billedAs) {
    return new ScriptedMode(
        name,
        (input, control) -> {
          SplittableRandom random =
              new SplittableRandom(input.settings().seed() * 1000 + input.replication());
          try {
            Thread.sleep(random.nextInt(15));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          RunStats stats = new RunStats(name);
          stats.setMeasuredNanos(23 * HOUR);
          for (int i = 0; i < 300; i++) {
            stats.sink(DASHBOARD).recordLatency(random.nextLong(SECOND, 200 * SECOND), 1);
          }
          stats.sink(DASHBOARD).addCompleteness(1000, 940 + random.nextInt(60));
          stats.node(SESSIONIZE).addBusy(random.nextDouble() * 4 * 23 * HOUR);
          stats.bill(RunStats.Billing.vcpu(SESSIONIZE, billedAs, 4 * 23));
          return stats;
        });
  }

  static CliServices services(Flow flow, ModeRegistry modes, int threads, boolean console) {
    return new CliServices(
        file -> LoadedFlow.of(flow),
        modes,
        Prices.bundled(),
        new Simulator(threads),
        () -> console);
  }

  static CliServices streamingOnly(Flow flow) {
    return services(
        flow, ModeRegistry.empty().with("streaming", CliFixtures::knownStreaming), 2, false);
  }

  /** What one command line run printed and returned. */
  record Outcome(int exitCode, String out, String err) {}

  static Outcome run(CliServices services, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = NapkinCommand.commandLine(services);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }
}

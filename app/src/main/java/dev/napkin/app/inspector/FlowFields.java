package dev.napkin.app.inspector;

import static dev.napkin.app.inspector.NodeFields.COST;
import static dev.napkin.app.inspector.NodeFields.GENERAL;
import static dev.napkin.app.inspector.NodeFields.SLA;

import dev.napkin.app.command.ChangeFlowSettings;
import dev.napkin.app.command.FlowSettings;
import dev.napkin.model.catalog.Prices;
import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.CostSettings.ModePrices;
import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.SimulationSettings.Fidelity;
import dev.napkin.model.flow.Sla;
import dev.napkin.model.unit.Duration;
import dev.napkin.model.unit.MoneyRate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The flow's own settings, shown when nothing is selected. */
final class FlowFields {
  static final String SIMULATION = "Simulation";

  private FlowFields() {}

  static List<Field> of(Flow flow) {
    FlowSettings s = FlowSettings.of(flow);
    List<Field> f = new ArrayList<>();
    f.add(
        field(
            s,
            GENERAL,
            "Name",
            "The flow's name",
            flow.name(),
            t -> {
              if (t.isBlank()) {
                throw new IllegalArgumentException("a flow needs a name");
              }
              return s.withName(t.strip());
            }));
    f.add(
        field(
            s,
            GENERAL,
            "Description",
            "Free text",
            flow.description().orElse(""),
            t -> s.withDescription(Inputs.optionalText(t))));
    f.add(
        Field.readOnly(
            GENERAL,
            "Contents",
            "Nodes and edges",
            flow.nodes().size() + " nodes, " + flow.edges().size() + " edges"));
    Sla d = flow.defaultSla();
    f.add(
        field(
            s,
            SLA,
            "Default latency",
            "For sinks that set none, e.g. 5m; blank for none",
            d.latency().map(Duration::toString).orElse(""),
            t ->
                s.withDefaultSla(
                    new Sla(Inputs.optionalDuration(t), d.percentile(), d.completeness()))));
    f.add(
        field(
            s,
            SLA,
            "Default percentile",
            "e.g. 95 (blank: 95)",
            d.percentile().map(Inputs::plain).orElse(""),
            t ->
                s.withDefaultSla(
                    new Sla(
                        d.latency(),
                        t.isBlank() ? Optional.empty() : Optional.of(Inputs.percentile(t)),
                        d.completeness()))));
    f.add(
        field(
            s,
            SLA,
            "Default completeness",
            "e.g. 95%; blank for none",
            d.completeness().map(Object::toString).orElse(""),
            t -> s.withDefaultSla(new Sla(d.latency(), d.percentile(), Inputs.optionalRatio(t)))));
    f.addAll(ExecutionFields.of(s, flow.execution()));
    f.addAll(cost(s, flow.cost()));
    f.addAll(simulation(s, flow.simulation()));
    return f;
  }

  /** The bundled prices, shown in blank price fields so "blank" has a visible meaning. */
  private static final Prices CATALOG = Prices.bundled();

  private static List<Field> cost(FlowSettings s, CostSettings c) {
    String catalog = "; blank: the bundled price catalog";
    return List.of(
        field(
                s,
                COST,
                "vCPU-hour",
                "One price for every mode, e.g. 0.048 USD" + catalog,
                price(c.vcpuHour()),
                t -> s.withCost(c.withVcpuHour(rate(t))))
            .withPlaceholder("per mode, from the catalog"),
        modePrice(s, c, ExecutionMode.BATCH, "Batch vCPU-hour", "batch" + catalog),
        modePrice(
            s, c, ExecutionMode.MICRO_BATCH, "Micro-batch vCPU-hour", "micro-batch" + catalog),
        modePrice(s, c, ExecutionMode.STREAMING, "Streaming vCPU-hour", "streaming" + catalog),
        field(
                s,
                COST,
                "Streaming job-hour",
                "Per streaming job, e.g. 0.11 USD/h" + catalog,
                price(c.streaming().perJobHour()),
                t ->
                    s.withCost(
                        c.with(ExecutionMode.STREAMING, c.streaming().withPerJobHour(rate(t)))))
            .withPlaceholder(CATALOG.catalog().streamingPerJobHour() + " (catalog)"));
  }

  /** A mode's own vCPU-hour price, which overrides the one price for every mode. */
  private static Field modePrice(
      FlowSettings s, CostSettings c, ExecutionMode mode, String name, String which) {
    ModePrices own = c.of(mode);
    return field(
            s,
            COST,
            name,
            "Overrides the price above for " + which,
            price(own.vcpuHour()),
            t -> s.withCost(c.with(mode, own.withVcpuHour(rate(t)))))
        .withPlaceholder(inherited(CATALOG.vcpuHourQuote(mode, c.with(mode, ModePrices.NONE))));
  }

  /** What a blank mode price falls back to: the one price above, or the catalog's. */
  private static String inherited(Prices.Quote quote) {
    return quote.price() + (quote.fromCatalog() ? " (catalog)" : " (from vCPU-hour)");
  }

  private static List<Field> simulation(FlowSettings s, SimulationSettings sim) {
    return List.of(
        field(
            s,
            SIMULATION,
            "Horizon",
            "Simulated time per run, e.g. 1d",
            sim.horizon().toString(),
            t -> s.withSimulation(sim.withHorizon(Duration.parse(t)))),
        field(
            s,
            SIMULATION,
            "Warm-up",
            "Time left out of the figures at the start",
            sim.warmup().toString(),
            t -> s.withSimulation(sim.withWarmup(Duration.parse(t)))),
        field(
            s,
            SIMULATION,
            "Replications",
            "Independent runs to average",
            Integer.toString(sim.replications()),
            t -> s.withSimulation(sim.withReplications(Inputs.positiveInt("replications", t)))),
        field(
            s,
            SIMULATION,
            "Seed",
            "Seed of the random streams",
            Long.toString(sim.seed()),
            t -> s.withSimulation(sim.withSeed(Inputs.anyLong("seed", t)))),
        choice(
            s,
            SIMULATION,
            "Fidelity",
            "exact moves every record; aggregate moves groups",
            sim.fidelity().specName(),
            SourceFields.names(Fidelity.class),
            t -> s.withSimulation(sim.withFidelity(Inputs.choice(Fidelity.class, t)))));
  }

  private static String price(Optional<MoneyRate> rate) {
    return rate.map(MoneyRate::toString).orElse("");
  }

  private static Optional<MoneyRate> rate(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    // The spec writes an hourly price as plain money ("0.048 USD"); "/h" is accepted too.
    return Optional.of(
        text.strip().endsWith("/h")
            ? MoneyRate.parse(text)
            : new MoneyRate(dev.napkin.model.unit.Money.parse(text)));
  }

  static Field field(
      FlowSettings s,
      String category,
      String name,
      String help,
      String text,
      Function<String, FlowSettings> rebuild) {
    return Field.text(
        category,
        name,
        help,
        text,
        t -> new ChangeFlowSettings("Set " + name.toLowerCase(Locale.ROOT), s, rebuild.apply(t)));
  }

  static Field choice(
      FlowSettings s,
      String category,
      String name,
      String help,
      String text,
      List<String> choices,
      Function<String, FlowSettings> rebuild) {
    return Field.choice(
        category,
        name,
        help,
        text,
        choices,
        t -> new ChangeFlowSettings("Set " + name.toLowerCase(Locale.ROOT), s, rebuild.apply(t)));
  }
}

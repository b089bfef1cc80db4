package dev.napkin.app.command;

import dev.napkin.model.flow.CostSettings;
import dev.napkin.model.flow.Execution;
import dev.napkin.model.flow.Flow;
import dev.napkin.model.flow.SimulationSettings;
import dev.napkin.model.flow.Sla;
import java.util.Optional;

/** The flow-wide part of a flow: everything but its nodes, edges and layout. */
public record FlowSettings(
    String name,
    Optional<String> description,
    Sla defaultSla,
    Execution execution,
    CostSettings cost,
    SimulationSettings simulation) {

  public static FlowSettings of(Flow flow) {
    return new FlowSettings(
        flow.name(),
        flow.description(),
        flow.defaultSla(),
        flow.execution(),
        flow.cost(),
        flow.simulation());
  }

  public Flow applyTo(Flow flow) {
    return new Flow(
        name,
        description,
        defaultSla,
        flow.nodes(),
        flow.edges(),
        execution,
        cost,
        simulation,
        flow.layout());
  }

  public FlowSettings withName(String value) {
    return new FlowSettings(value, description, defaultSla, execution, cost, simulation);
  }

  public FlowSettings withDescription(Optional<String> value) {
    return new FlowSettings(name, value, defaultSla, execution, cost, simulation);
  }

  public FlowSettings withDefaultSla(Sla value) {
    return new FlowSettings(name, description, value, execution, cost, simulation);
  }

  public FlowSettings withExecution(Execution value) {
    return new FlowSettings(name, description, defaultSla, value, cost, simulation);
  }

  public FlowSettings withCost(CostSettings value) {
    return new FlowSettings(name, description, defaultSla, execution, value, simulation);
  }

  public FlowSettings withSimulation(SimulationSettings value) {
    return new FlowSettings(name, description, defaultSla, execution, cost, value);
  }
}

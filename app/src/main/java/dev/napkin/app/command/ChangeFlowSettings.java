package dev.napkin.app.command;

import dev.napkin.model.flow.Flow;

/** Changes flow-wide settings (name, defaults, execution, cost, simulation). */
public record ChangeFlowSettings(String label, FlowSettings before, FlowSettings after)
    implements Command {

  @Override
  public Flow apply(Flow flow) {
    return after.applyTo(flow);
  }

  @Override
  public Flow revert(Flow flow) {
    return before.applyTo(flow);
  }
}

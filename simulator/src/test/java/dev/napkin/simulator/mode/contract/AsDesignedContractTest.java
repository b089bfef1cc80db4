package dev.napkin.simulator.mode.contract;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.simulator.mode.AsDesignedSimulator;
import dev.napkin.simulator.mode.ModeSimulator;

class AsDesignedContractTest extends ModeContractTest {
  @Override
  ModeSimulator simulator() {
    return new AsDesignedSimulator();
  }

  @Override
  ExecutionMode designed() {
    return ExecutionMode.MICRO_BATCH;
  }
}

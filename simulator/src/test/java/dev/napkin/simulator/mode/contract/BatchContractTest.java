package dev.napkin.simulator.mode.contract;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.simulator.mode.BatchSimulator;
import dev.napkin.simulator.mode.ModeSimulator;

class BatchContractTest extends ModeContractTest {
  @Override
  ModeSimulator simulator() {
    return new BatchSimulator();
  }

  @Override
  ExecutionMode designed() {
    return ExecutionMode.BATCH;
  }
}

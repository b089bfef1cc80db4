package dev.napkin.simulator.mode.contract;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.simulator.mode.MicroBatchSimulator;
import dev.napkin.simulator.mode.ModeSimulator;

class MicroBatchContractTest extends ModeContractTest {
  @Override
  ModeSimulator simulator() {
    return new MicroBatchSimulator();
  }

  @Override
  ExecutionMode designed() {
    return ExecutionMode.MICRO_BATCH;
  }
}

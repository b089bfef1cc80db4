package dev.napkin.simulator.mode.contract;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.simulator.mode.ModeSimulator;
import dev.napkin.simulator.mode.StreamingSimulator;

class StreamingContractTest extends ModeContractTest {
  @Override
  ModeSimulator simulator() {
    return new StreamingSimulator();
  }

  @Override
  ExecutionMode designed() {
    return ExecutionMode.STREAMING;
  }
}

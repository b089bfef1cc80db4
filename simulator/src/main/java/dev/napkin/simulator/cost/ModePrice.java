package dev.napkin.simulator.cost;

import dev.napkin.model.flow.ExecutionMode;
import dev.napkin.model.unit.MoneyRate;

/**
 * The prices one mode is billed at, after the spec's settings were laid over the catalog, each with
 * where it came from ({@code cost.streaming.vcpuHour}, {@code cost.vcpuHour} or the catalog).
 */
public record ModePrice(
    ExecutionMode mode,
    MoneyRate vcpuHour,
    String vcpuHourSource,
    MoneyRate perJobHour,
    String perJobHourSource) {

  public boolean chargesPerJob() {
    return perJobHour.amountPerHour() > 0;
  }

  /** For people: {@code 0.11 USD/vCPU-h + 0.11 USD/h per job}. */
  public String describe() {
    String vcpu = vcpuHour.perHour() + "/vCPU-h";
    return chargesPerJob() ? vcpu + " + " + perJobHour + " per job" : vcpu;
  }
}

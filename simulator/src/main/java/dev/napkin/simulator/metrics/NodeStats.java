package dev.napkin.simulator.metrics;

/**
 * What one replication observed at one stage (transform or sink). Integrals are over the measured
 * period (warm-up to the end of the run), in nanoseconds: busy servers × time, and records waiting
 * or in service × time, so utilization and Little's law can be checked.
 */
public final class NodeStats {
  private long arrived;
  private long departed;
  private long dropped;
  private long inFlightAtEnd;
  private double busyServerNanos;
  private double inSystemNanos;
  private long backlogMax;
  private double sojournNanosTotal;
  private long sojournCount;

  public void addArrived(long count) {
    arrived += count;
  }

  public void addDeparted(long count) {
    departed += count;
  }

  public void addDropped(long count) {
    dropped += count;
  }

  public void setInFlightAtEnd(long count) {
    inFlightAtEnd = count;
  }

  /** Adds busy-server time: servers busy × nanoseconds. */
  public void addBusy(double serverNanos) {
    busyServerNanos += serverNanos;
  }

  /** Adds records-in-stage × nanoseconds (queue plus service). */
  public void addInSystem(double recordNanos) {
    inSystemNanos += recordNanos;
  }

  public void observeBacklog(long queued) {
    backlogMax = Math.max(backlogMax, queued);
  }

  /** One measured record's time in this stage (wait + service). */
  public void addSojourn(long nanos) {
    sojournNanosTotal += nanos;
    sojournCount++;
  }

  public long arrived() {
    return arrived;
  }

  public long departed() {
    return departed;
  }

  public long dropped() {
    return dropped;
  }

  public long inFlightAtEnd() {
    return inFlightAtEnd;
  }

  public double busyServerNanos() {
    return busyServerNanos;
  }

  public double inSystemNanos() {
    return inSystemNanos;
  }

  public long backlogMax() {
    return backlogMax;
  }

  public double sojournNanosTotal() {
    return sojournNanosTotal;
  }

  public long sojournCount() {
    return sojournCount;
  }
}

package dev.napkin.simulator.metrics;

import java.util.Optional;

/**
 * What one replication observed at one stage (transform or sink). Integrals are over the measured
 * period (warm-up to the end of the run), in nanoseconds: busy servers × time, and records waiting
 * or in service × time, so utilization and Little's law can be checked.
 *
 * <p>Streaming fills it so: arrived, departed, dropped and in flight count every unit over the
 * whole run (arrived = departed + dropped + in flight at the end); the integrals, the arrivals in
 * {@link #arrivedMeasured()}, the sojourns (of units that arrived then) and the backlog maximum
 * cover the measured period, warm-up to horizon. A unit is one record, or the results of one window
 * firing, which move together.
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
  private long arrivedMeasured;
  private long emitted;
  private Optional<BacklogSeries> backlogSeries = Optional.empty();

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

  /**
   * The stage's backlog over time for the period [from, to), created on first use; later calls must
   * name the same period.
   */
  public BacklogSeries backlogSeries(long from, long to) {
    if (backlogSeries.isEmpty()) {
      backlogSeries = Optional.of(new BacklogSeries(from, to));
    }
    BacklogSeries series = backlogSeries.get();
    if (series.from() != from || series.to() != to) {
      throw new IllegalArgumentException("the backlog series already covers another period");
    }
    return series;
  }

  /** The backlog over time, when the mode recorded one. */
  public Optional<BacklogSeries> backlogSeries() {
    return backlogSeries;
  }

  public void observeBacklog(long queued) {
    backlogMax = Math.max(backlogMax, queued);
  }

  /** One measured record's time in this stage (wait + service). */
  public void addSojourn(long nanos) {
    addSojourn(nanos, 1);
  }

  /** {@code count} measured records that spent this time in the stage together (a group). */
  public void addSojourn(long nanos, long count) {
    sojournNanosTotal += nanos * (double) count;
    sojournCount += count;
  }

  /** {@code count} measured records' times in this stage, {@code totalNanos} together. */
  public void addSojourns(double totalNanos, long count) {
    sojournNanosTotal += totalNanos;
    sojournCount += count;
  }

  /** Arrivals during the measured period: with the integrals, λ for Little's law. */
  public void addArrivedMeasured(long count) {
    arrivedMeasured += count;
  }

  /** Output records (or units) this stage sent on, before fan-out. */
  public void addEmitted(long count) {
    emitted += count;
  }

  /**
   * Adds another run's figures at the same node (a sink written by several jobs of a hybrid flow):
   * counts, integrals and in flight add up; the backlog maximum is the larger of the two maxima (a
   * lower bound of the combined maximum when the jobs' backlogs overlap in time).
   */
  public void add(NodeStats other) {
    arrived += other.arrived;
    departed += other.departed;
    dropped += other.dropped;
    inFlightAtEnd += other.inFlightAtEnd;
    busyServerNanos += other.busyServerNanos;
    inSystemNanos += other.inSystemNanos;
    backlogMax = Math.max(backlogMax, other.backlogMax);
    sojournNanosTotal += other.sojournNanosTotal;
    sojournCount += other.sojournCount;
    arrivedMeasured += other.arrivedMeasured;
    emitted += other.emitted;
    other.backlogSeries.ifPresent(series -> backlogSeries(series.from(), series.to()).add(series));
  }

  public long arrivedMeasured() {
    return arrivedMeasured;
  }

  public long emitted() {
    return emitted;
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

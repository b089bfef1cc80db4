package dev.napkin.app.report;

/** One output format of {@code napkin sweep}: the whole document as text. */
public interface SweepReport {
  String render(SweepRun run);
}

package dev.napkin.app.editor;

import java.util.OptionalDouble;

/**
 * A simulation's figure on a node card: a short chip ({@code ρ 0.62}, {@code ✓ p95 2.1 min}), its
 * status, the tooltip's full figures, and for a stage its utilization (drawn as a bar).
 */
public record RunMark(String text, RunStatus status, String details, OptionalDouble utilization) {}

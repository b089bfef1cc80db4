package dev.napkin.model.validate;

/** Errors make a flow invalid; warnings (lint) point at a likely design problem. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}

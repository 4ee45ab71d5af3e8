package com.partnershipbot.knowledge;

/** Where a piece of the config is written: file, line and column, counted from 1. */
public record Location(String file, int line, int column) {

  /** {@code FILE:LINE}, as editors and terminals link it. */
  public String fileAndLine() {
    return file + ":" + line;
  }

  /** A warning at this place. */
  public ConfigProblem warning(String message) {
    return ConfigProblem.warning(file, line, column, message);
  }
}

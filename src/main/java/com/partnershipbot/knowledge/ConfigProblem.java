package com.partnershipbot.knowledge;

/** One thing wrong with the config, located so an admin can jump to it. */
public record ConfigProblem(String file, int line, int column, Severity severity, String message) {

  public static ConfigProblem error(String file, int line, int column, String message) {
    return new ConfigProblem(file, line, column, Severity.ERROR, message);
  }

  public static ConfigProblem warning(String file, int line, int column, String message) {
    return new ConfigProblem(file, line, column, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code FILE:LINE:COLUMN: message}, with "warning: " before warnings. */
  public String format() {
    String prefix = isError() ? "" : "warning: ";
    return file + ":" + line + ":" + column + ": " + prefix + message;
  }
}

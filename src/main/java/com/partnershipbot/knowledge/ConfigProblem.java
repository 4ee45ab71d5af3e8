package com.partnershipbot.knowledge;

import java.util.Comparator;

/** One thing wrong with the config, located so an admin can jump to it. */
public record ConfigProblem(String file, int line, int column, Severity severity, String message) {
  /** By file, then line, then column: the order an admin reads them in. */
  public static final Comparator<ConfigProblem> IN_FILE_ORDER = Comparator.comparing(ConfigProblem::file)
      .thenComparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column);

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

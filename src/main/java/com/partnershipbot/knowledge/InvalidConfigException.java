package com.partnershipbot.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The config was refused; {@link #problems()} says every reason, each with its location. */
public final class InvalidConfigException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<ConfigProblem> problems;

  public InvalidConfigException(List<ConfigProblem> problems) {
    super(problems.stream().filter(ConfigProblem::isError).map(ConfigProblem::format)
        .collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}

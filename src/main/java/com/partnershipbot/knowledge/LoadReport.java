package com.partnershipbot.knowledge;

import java.util.List;
import java.util.Optional;

/** The outcome of checking a config: every problem found, and the knowledge if it had no errors. */
public record LoadReport(Knowledge knowledgeOrNull, List<ConfigProblem> problems) {

  public LoadReport {
    problems = List.copyOf(problems);
  }

  public Optional<Knowledge> knowledge() {
    return Optional.ofNullable(knowledgeOrNull);
  }

  public boolean isValid() {
    return knowledgeOrNull != null;
  }

  public List<ConfigProblem> errors() {
    return problems.stream().filter(ConfigProblem::isError).toList();
  }

  public List<ConfigProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}

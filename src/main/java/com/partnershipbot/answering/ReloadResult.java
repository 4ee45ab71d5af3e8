package com.partnershipbot.answering;

import com.partnershipbot.knowledge.ConfigProblem;
import java.time.Instant;
import java.util.List;

/**
 * What one reload did: who asked for it, when, whether the new files were applied, unchanged or
 * refused, the config version served afterwards, and every problem found in the files.
 */
public record ReloadResult(Instant at, String requestedBy, Status status, String version, int entries,
    List<ConfigProblem> problems) {

  /** Applied: a new version is served. Unchanged: the files hold the version already served. Refused: invalid. */
  public enum Status { APPLIED, UNCHANGED, REFUSED }

  public ReloadResult {
    problems = List.copyOf(problems);
  }

  public boolean refused() {
    return status == Status.REFUSED;
  }

  public List<ConfigProblem> errors() {
    return problems.stream().filter(ConfigProblem::isError).toList();
  }

  public List<ConfigProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}

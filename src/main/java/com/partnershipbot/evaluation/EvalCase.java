package com.partnershipbot.evaluation;

import java.util.Set;

/** One line of an evaluation set: a question and the ids that count as right (empty: must be NO_ANSWER). */
public record EvalCase(int line, String question, Set<String> accepted) {

  public boolean inScope() {
    return !accepted.isEmpty();
  }
}

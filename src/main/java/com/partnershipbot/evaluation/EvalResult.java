package com.partnershipbot.evaluation;

import com.partnershipbot.matching.Match;
import com.partnershipbot.matching.Outcome;

/** How one evaluation case fared. */
public record EvalResult(EvalCase evalCase, Match match) {

  public boolean answeredRight() {
    return match.outcome() == Outcome.ANSWER && evalCase.accepted().contains(match.id());
  }

  public boolean answeredWrong() {
    return match.outcome() == Outcome.ANSWER && !evalCase.accepted().contains(match.id());
  }

  /** A "did you mean" whose first choice, or only suggestion, is right: the asker is one click away. */
  public boolean clarifiedRight() {
    return (match.outcome() == Outcome.CLARIFY || match.outcome() == Outcome.SUGGEST)
        && evalCase.accepted().contains(match.candidates().get(0).id());
  }

  public boolean rejected() {
    return match.outcome() == Outcome.NO_ANSWER;
  }

  /**
   * Right means: in scope and answered with an accepted id, or out of scope and rejected. A
   * suggestion is never right, never a wrong answer, and for an off-topic question not a rejection.
   */
  public boolean isRight() {
    return evalCase.inScope() ? answeredRight() : rejected();
  }
}

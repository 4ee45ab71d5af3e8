package com.partnershipbot.matching;

/** How one evaluation case fared. */
public record EvalResult(EvalCase evalCase, Match match) {

  public boolean answeredRight() {
    return match.outcome() == Outcome.ANSWER && evalCase.accepted().contains(match.id());
  }

  public boolean answeredWrong() {
    return match.outcome() == Outcome.ANSWER && !evalCase.accepted().contains(match.id());
  }

  public boolean clarifiedRight() {
    return match.outcome() == Outcome.CLARIFY && evalCase.accepted().contains(match.candidates().get(0).id());
  }

  public boolean rejected() {
    return match.outcome() == Outcome.NO_ANSWER;
  }

  /** Right means: in scope and answered with an accepted id, or out of scope and rejected. */
  public boolean isRight() {
    return evalCase.inScope() ? answeredRight() : rejected();
  }
}

package com.partnershipbot.evaluation;

import com.partnershipbot.matching.FaqMatcher;

import java.util.List;

/** Runs every case of an evaluation set through a matcher. */
public final class Evaluation {
  private Evaluation() {}

  public static List<EvalResult> run(FaqMatcher matcher, List<EvalCase> cases) {
    return cases.stream().map(c -> new EvalResult(c, matcher.match(c.question()))).toList();
  }
}

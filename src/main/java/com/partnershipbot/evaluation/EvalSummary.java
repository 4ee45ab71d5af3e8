package com.partnershipbot.evaluation;

import com.partnershipbot.matching.Outcome;

import java.util.List;
import java.util.function.Predicate;

/**
 * The quality figures of one evaluation run; every rate is a share from 0 to 1. A right
 * suggestion counts with the right clarifications in {@code inScopeTop1OrClarify}; {@code
 * suggestRate} is the share of questions answered with a single "did you mean".
 */
public record EvalSummary(
    int total,
    int inScope,
    int outOfScope,
    double inScopeTop1,
    double inScopeTop1OrClarify,
    double outOfScopeRejected,
    double clarifyRate,
    double wrongAnswerRate,
    double suggestRate) {

  public static EvalSummary of(List<EvalResult> results) {
    List<EvalResult> in = results.stream().filter(r -> r.evalCase().inScope()).toList();
    List<EvalResult> out = results.stream().filter(r -> !r.evalCase().inScope()).toList();
    return new EvalSummary(
        results.size(),
        in.size(),
        out.size(),
        share(in, EvalResult::answeredRight),
        share(in, r -> r.answeredRight() || r.clarifiedRight()),
        share(out, EvalResult::rejected),
        share(results, r -> r.match().outcome() == Outcome.CLARIFY),
        share(results, EvalResult::answeredWrong),
        share(results, r -> r.match().outcome() == Outcome.SUGGEST));
  }

  private static double share(List<EvalResult> results, Predicate<EvalResult> test) {
    if (results.isEmpty()) {
      return 0;
    }
    double share = results.stream().filter(test).count() / (double) results.size();
    return Math.round(share * 10000) / 10000.0;
  }
}

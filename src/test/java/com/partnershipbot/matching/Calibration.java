package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalResult;
import com.partnershipbot.evaluation.EvalSummary;
import com.partnershipbot.knowledge.MatchingSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses thresholds for a matcher on evaluation sets: the most in-scope questions answered right,
 * while at least {@value #MIN_REJECTED} of off-topic questions are rejected and at most
 * {@value #MAX_WRONG} of all questions get a wrong answer (the target allows 3 %; sets nobody
 * tuned on come out about a point worse).
 */
final class Calibration {
  static final double MAX_WRONG = 0.02;
  static final double MIN_REJECTED = 0.93;

  private Calibration() {}

  /** Each question ranked once; thresholds are then tried without matching again. */
  static List<RankedCase> rank(FaqMatcher matcher, List<EvalCase> cases) {
    return cases.stream().map(c -> new RankedCase(c, matcher.rank(c.question()))).toList();
  }

  static MatchingSettings best(List<RankedCase> cases) {
    MatchingSettings best = MatchingSettings.defaults();
    double bestTop1 = -1;
    for (double answer = 0.3; answer <= 0.8; answer += 0.0125) {
      for (double margin : new double[] {0, 0.01, 0.02, 0.03, 0.05, 0.08}) {
        for (double clarifyShare : new double[] {0.7, 0.8, 0.9}) {
          MatchingSettings settings = new MatchingSettings(round(answer), round(answer * clarifyShare), margin, null);
          EvalSummary summary = summary(cases, settings);
          if (summary.outOfScopeRejected() >= MIN_REJECTED && summary.wrongAnswerRate() <= MAX_WRONG
              && summary.inScopeTop1() > bestTop1) {
            best = settings;
            bestTop1 = summary.inScopeTop1();
          }
        }
      }
    }
    return best;
  }

  static EvalSummary summary(List<RankedCase> cases, MatchingSettings settings) {
    List<EvalResult> results = new ArrayList<>(cases.size());
    for (RankedCase c : cases) {
      results.add(new EvalResult(c.evalCase(), FaqMatcher.decide(c.ranked(), settings, Tuning.DEFAULT.candidates())));
    }
    return EvalSummary.of(results);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** An evaluation case with the matcher's ranking of it. */
  record RankedCase(EvalCase evalCase, List<Candidate> ranked) {}
}

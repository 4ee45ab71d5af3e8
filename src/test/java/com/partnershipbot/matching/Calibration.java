package com.partnershipbot.matching;

import com.partnershipbot.knowledge.MatchingSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses thresholds for a matcher on an evaluation set: the most questions answered right plus
 * off-topic questions rejected, while at most {@value #MAX_WRONG} of all questions get a wrong answer.
 */
final class Calibration {
  static final double MAX_WRONG = 0.015;

  private Calibration() {}

  /** Each question ranked once; thresholds are then tried without matching again. */
  static List<RankedCase> rank(FaqMatcher matcher, List<EvalCase> cases) {
    return cases.stream().map(c -> new RankedCase(c, matcher.rank(c.question()))).toList();
  }

  static MatchingSettings best(List<RankedCase> cases) {
    MatchingSettings best = MatchingSettings.defaults();
    double bestScore = -1;
    for (double answer = 0.2; answer <= 0.9; answer += 0.025) {
      for (double margin : new double[] {0, 0.03, 0.06, 0.1, 0.15}) {
        for (double clarifyShare : new double[] {0.6, 0.7, 0.8}) {
          MatchingSettings settings = new MatchingSettings(round(answer), round(answer * clarifyShare), margin);
          EvalSummary summary = summary(cases, settings);
          double score = summary.inScopeTop1() + summary.outOfScopeRejected();
          if (summary.wrongAnswerRate() <= MAX_WRONG && score > bestScore) {
            best = settings;
            bestScore = score;
          }
        }
      }
    }
    return best;
  }

  static EvalSummary summary(List<RankedCase> cases, MatchingSettings settings) {
    List<EvalResult> results = new ArrayList<>(cases.size());
    for (RankedCase c : cases) {
      results.add(new EvalResult(c.evalCase(), FaqMatcher.decide(c.ranked(), settings)));
    }
    return EvalSummary.of(results);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** An evaluation case with the matcher's ranking of it. */
  record RankedCase(EvalCase evalCase, List<Candidate> ranked) {}
}

package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.MatchingSettings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "why it matched" panel names the threshold that turned the scores into the outcome the matcher chose. */
class DecisionsTest {
  private static final MatchingSettings SETTINGS = new MatchingSettings(0.5, 0.35, 0.1, 0.45);

  @ParameterizedTest(name = "best {0}, runner-up {1}: {2} by {3}")
  @CsvSource({
      "0.80, 0.20, ANSWER, answer_threshold, leads the runner-up by 0.60",
      "0.60, 0.55, CLARIFY, clarify_margin, leads the runner-up by only 0.05, less than clarify_margin 0.10",
      "0.45, 0.40, CLARIFY, clarify_threshold, is below answer_threshold 0.50",
      "0.47, 0.10, SUGGEST, suggest_threshold, reaches suggest_threshold 0.45",
      "0.30, 0.10, NO_ANSWER, suggest_threshold, is below suggest_threshold 0.45"})
  void namesTheThresholdThatDecided(double best, double runnerUp, Outcome outcome, String by, String reason) {
    List<Candidate> ranked = List.of(new Candidate("a", best), new Candidate("b", runnerUp));
    Match match = FaqMatcher.decide(ranked, SETTINGS, 3);

    Explanation.Decision decision = Decisions.of(match, ranked, SETTINGS);

    assertThat(match.outcome()).isEqualTo(outcome);
    assertThat(decision.outcome()).isEqualTo(outcome);
    assertThat(decision.by()).isEqualTo(by);
    assertThat(decision.reason()).contains(reason);
  }
}

package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.MatchingSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every question ends in exactly one outcome, and each outcome has its own shape. */
class OutcomesTest {
  private static final MatchingSettings SETTINGS = new MatchingSettings(0.5, 0.3, 0.1, null);

  @Test
  void clearLeaderIsAnswered() {
    Match match = FaqMatcher.decide(List.of(c("azure", 0.8), c("compute", 0.4), c("ip", 0.2), c("agi", 0.1)), SETTINGS, 3);

    assertThat(match.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(match.id()).isEqualTo("azure");
    assertThat(match.score()).isEqualTo(0.8);
    assertThat(match.candidates()).extracting(Candidate::id).containsExactly("azure", "compute", "ip");
  }

  @Test
  void closeRunnerUpTurnsAnAnswerIntoAChoice() {
    Match match = FaqMatcher.decide(List.of(c("azure", 0.8), c("third-parties", 0.75), c("ip", 0.1)), SETTINGS, 3);

    assertThat(match.outcome()).isEqualTo(Outcome.CLARIFY);
    assertThat(match.id()).isNull();
    assertThat(match.score()).isEqualTo(0.8);
    assertThat(match.candidates()).extracting(Candidate::id).containsExactly("azure", "third-parties");
  }

  @Test
  void middlingLeaderAloneIsSuggestedAsTheOneChoice() {
    Match match = FaqMatcher.decide(List.of(c("history", 0.45), c("overview", 0.1)), SETTINGS, 3);

    assertThat(match.outcome()).isEqualTo(Outcome.SUGGEST);
    assertThat(match.id()).isNull();
    assertThat(match.score()).isEqualTo(0.45);
    assertThat(match.candidates()).extracting(Candidate::id).containsExactly("history");
  }

  @Test
  void aLoneLeaderUnderTheSuggestThresholdIsNoAnswer() {
    Match match = FaqMatcher.decide(List.of(c("history", 0.4), c("overview", 0.1)), SETTINGS, 3);

    assertThat(match.outcome()).isEqualTo(Outcome.NO_ANSWER);
    assertThat(match.candidates()).extracting(Candidate::id).containsExactly("history", "overview");
  }

  @Test
  void weakCandidatesGiveNoAnswerButAreKeptForTheRecord() {
    Match match = FaqMatcher.decide(List.of(c("revenue", 0.2), c("funding", 0.1), c("ip", 0.0)), SETTINGS, 3);

    assertThat(match.outcome()).isEqualTo(Outcome.NO_ANSWER);
    assertThat(match.id()).isNull();
    assertThat(match.score()).isEqualTo(0.2);
    assertThat(match.candidates()).extracting(Candidate::id).containsExactly("revenue", "funding");
  }

  @Test
  void nothingRankedGivesAnEmptyNoAnswer() {
    Match match = FaqMatcher.decide(List.of(), SETTINGS, 3);

    assertThat(match.outcome()).isEqualTo(Outcome.NO_ANSWER);
    assertThat(match.candidates()).isEmpty();
  }

  @Test
  void everyEvaluationQuestionGetsOneWellFormedOutcome() throws Exception {
    List<EvalCase> cases = Stream.of("eval.tsv", "holdout.tsv", "fresh.tsv")
        .flatMap(set -> read(Path.of("src/test/resources/eval", set)).stream()).toList();

    for (EvalCase evalCase : cases) {
      assertWellFormed(Matchers.shipped().match(evalCase.question()));
    }
  }

  private static void assertWellFormed(Match match) {
    assertThat(match.candidates()).hasSizeLessThanOrEqualTo(3);
    assertThat(match.candidates()).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
    switch (match.outcome()) {
      case ANSWER -> {
        assertThat(match.id()).isEqualTo(match.candidates().get(0).id());
        assertThat(match.score()).isEqualTo(match.candidates().get(0).score());
      }
      case CLARIFY -> {
        assertThat(match.id()).isNull();
        assertThat(match.candidates()).isNotEmpty();
        assertThat(match.score()).isEqualTo(match.candidates().get(0).score());
      }
      case SUGGEST -> {
        assertThat(match.id()).isNull();
        assertThat(match.candidates()).hasSize(1);
        assertThat(match.score()).isEqualTo(match.candidates().get(0).score());
      }
      case NO_ANSWER -> assertThat(match.id()).isNull();
      default -> throw new AssertionError("unknown outcome " + match.outcome());
    }
  }

  private static List<EvalCase> read(Path file) {
    try {
      return EvalSet.read(file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Candidate c(String id, double score) {
    return new Candidate(id, score);
  }
}

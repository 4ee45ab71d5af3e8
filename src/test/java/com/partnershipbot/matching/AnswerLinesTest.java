package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoder also reads an answer's own lines, so a question that restates the answer's fact finds it. */
class AnswerLinesTest {

  @Test
  void anAnswersLinesAreReadWithoutMarkupAndShortLinesAreLeftOut() {
    FaqEntry parking = entry("parking");

    List<String> lines = SemanticIndex.answerLines(parking, 5);

    assertThat(lines).isNotEmpty().allSatisfy(line -> {
      assertThat(line).doesNotContain("*", "•", "_", "<", ">", "|");
      assertThat(line.split(" ")).hasSizeGreaterThanOrEqualTo(5);
    });
    assertThat(SemanticIndex.answerLines(parking, 0)).isEmpty();
  }

  @Test
  void aQuestionPhrasedLikeTheAnswerFindsItThroughTheAnswersLines() {
    Knowledge facilities = Matchers.load(Matchers.FACILITIES);
    FaqEntry entry = facilities.entries().get(0);
    String line = SemanticIndex.answerLines(entry, 5).get(0);
    FaqMatcher withLines = TestMatching.factory().build(facilities);
    FaqMatcher without = MatcherFactory.with(TestMatching.encoder(), java.util.Optional.empty(),
        java.util.Optional.empty(), Tuning.DEFAULT.withAnswerLineWords(0)).build(facilities);

    double read = score(withLines, line, entry.id());
    double unread = score(without, line, entry.id());

    assertThat(read).isGreaterThan(unread);
  }

  @Test
  void theConfusableCheckAndTheClosestQuestionStillSeeOnlyTheCuratedSentences() {
    Knowledge facilities = Matchers.load(Matchers.FACILITIES);
    FaqMatcher matcher = TestMatching.factory().build(facilities);
    FaqEntry entry = facilities.entries().get(0);

    Explanation explanation = matcher.explanation(SemanticIndex.answerLines(entry, 5).get(0));

    assertThat(explanation.candidates()).allSatisfy(reason -> reason.closestQuestion().ifPresent(closest ->
        assertThat(facilities.entries().stream().anyMatch(e -> SemanticIndex.sentences(e).contains(closest))).isTrue()));
  }

  private static double score(FaqMatcher matcher, String question, String id) {
    return matcher.rank(question).stream().filter(c -> c.id().equals(id)).mapToDouble(Candidate::score).findFirst()
        .orElse(0);
  }

  private static FaqEntry entry(String id) {
    return Matchers.load(Matchers.FACILITIES).entries().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow();
  }
}

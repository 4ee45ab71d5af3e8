package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.Confusable.Kind;
import com.partnershipbot.matching.Confusable.Sentence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Curated questions the encoder reads as another answer's, found with the matcher's own vectors. */
class ConfusablesTest {
  private static final Knowledge CONFUSABLE = Matchers.load(Path.of("src/test/resources/configs/confusable-questions"));

  @Test
  void aMisfiledQuestionIsReportedOnceThoughTheQuestionItIsNearIsAlsoNearIt() {
    List<Confusable> found = TestMatching.factory().confusables(CONFUSABLE).orElseThrow();

    assertThat(found).filteredOn(c -> c.kind() == Kind.CLOSER_TO_OTHER).singleElement().satisfies(c -> {
      assertThat(c.sentence()).isEqualTo(new Sentence("azure", 3,
          "Can OpenAI build its own data centres for training beyond Azure?"));
      assertThat(c.other()).isEqualTo(new Sentence("compute", 2, "Can OpenAI train its models on other data centres?"));
      assertThat(c.similarity()).isGreaterThanOrEqualTo(c.ownSimilarity() + Confusables.MARGIN);
    });
  }

  @Test
  void aQuestionTwoAnswersShareIsReportedOnceAsAnOverlapNotAlsoAsCloser() {
    List<Confusable> found = TestMatching.factory().confusables(CONFUSABLE).orElseThrow();

    assertThat(found).filteredOn(c -> c.kind() == Kind.OVERLAP).singleElement().satisfies(c -> {
      assertThat(c.sentence()).isEqualTo(new Sentence("governance", 2,
          "What should we sort out before rolling AI out more widely?"));
      assertThat(c.other()).isEqualTo(new Sentence("next-steps", 2,
          "What do we need to sort out before rolling AI out more widely?"));
      assertThat(c.similarity()).isGreaterThanOrEqualTo(Confusables.OVERLAP);
    });
    assertThat(found).hasSize(2);
  }

  @Test
  void questionsNearestToTheirOwnAnswerAreNotReported() {
    Knowledge valid = Matchers.load(Path.of("src/test/resources/configs/valid"));

    assertThat(TestMatching.factory().confusables(valid)).hasValue(List.of());
  }

  @Test
  void withoutAnEncoderNothingCanBeTold() {
    assertThat(MatcherFactory.lexicalOnly().confusables(CONFUSABLE)).isEmpty();
  }
}

package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.partnershipbot.knowledge.Knowledge;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The second encoder is asked only where the first leaves the best topic in the uncertain band, and then it counts. */
class SecondOpinionTest {
  private static final Tuning.SecondOpinion SHIPPED = Tuning.SecondOpinion.DEFAULT;
  private static final Fusion FUSION = Fusion.DEFAULT;

  @Test
  void onlyAConfidenceInsideTheBandAsksForIt() {
    assertThat(SHIPPED.wanted(SHIPPED.low() - 0.01)).isFalse();
    assertThat(SHIPPED.wanted(SHIPPED.low())).isTrue();
    assertThat(SHIPPED.wanted(SHIPPED.high())).isTrue();
    assertThat(SHIPPED.wanted(SHIPPED.high() + 0.01)).isFalse();
    assertThat(Tuning.SecondOpinion.OFF.wanted(0.4)).isFalse();
  }

  @Test
  void itsCosinesAreMovedOntoTheFirstEncodersScaleBeforeMixing() {
    assertThat(SHIPPED.onFirstScale(SHIPPED.floor(), FUSION)).isCloseTo(FUSION.similarityFloor(), within(1e-9));
    assertThat(SHIPPED.onFirstScale(SHIPPED.ceiling(), FUSION)).isCloseTo(FUSION.similarityCeiling(), within(1e-9));
    double mixed = SHIPPED.mixed(0.5, SHIPPED.ceiling(), FUSION);
    assertThat(mixed).isCloseTo((1 - SHIPPED.share()) * 0.5 + SHIPPED.share() * FUSION.similarityCeiling(),
        within(1e-9));
  }

  @Test
  void anEncoderWithoutAnOpinionOnAnEntryLeavesTheOthersSimilarity() {
    assertThat(SHIPPED.mixed(0.42, -1, FUSION)).isEqualTo(0.42);
    assertThat(SHIPPED.mixed(-1, SHIPPED.ceiling(), FUSION)).isCloseTo(FUSION.similarityCeiling(), within(1e-9));
  }

  @Test
  void aClearQuestionIsDecidedByTheFirstEncoderAlone() {
    CountingEmbedder second = new CountingEmbedder(TestMatching.second());
    FaqMatcher matcher = withSecond(second);
    int afterBuild = second.calls.get();

    Match match = matcher.match("Does Microsoft keep its licence to OpenAI models and IP after this announcement?");

    assertThat(match.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(match.id()).isEqualTo("ip");
    assertThat(second.calls.get()).isEqualTo(afterBuild);
  }

  @Test
  void anUnsureQuestionAsksTheSecondEncoderAndGetsTheAnswerTheFirstAloneWithholds() {
    String question = "how are the proceeds divided between openai and microsoft";
    CountingEmbedder second = new CountingEmbedder(TestMatching.second());
    FaqMatcher matcher = withSecond(second);
    int afterBuild = second.calls.get();

    Match withSecond = matcher.match(question);
    Match firstAlone = TestMatching.firstEncoderOnly().build(shipped()).match(question);

    assertThat(second.calls.get()).isGreaterThan(afterBuild);
    assertThat(firstAlone.outcome()).isNotEqualTo(Outcome.ANSWER);
    assertThat(withSecond.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(withSecond.id()).isEqualTo("revenue");
  }

  private static FaqMatcher withSecond(Embedder second) {
    return MatcherFactory.with(TestMatching.encoder(), Optional.of(second), Optional.empty(), Tuning.DEFAULT)
        .build(shipped());
  }

  private static Knowledge shipped() {
    return Matchers.load(Matchers.SHIPPED);
  }
}

package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Topic keys resolve directly; typos and Slack markup still reach the right answer. */
class TopicKeysAndTyposTest {

  @ParameterizedTest(name = "\"{0}\" opens {1}")
  @CsvSource({
      "azure, azure",
      "AWS, third-parties",
      "Stargate, compute",
      "third parties, third-parties",
      "THIRD-PARTIES, third-parties",
      "' Amazon? ', third-parties",
      "agi, agi",
      "Customer Impact, customer-impact"})
  void topicKeyResolvesWithFullConfidence(String typed, String id) {
    Match match = Matchers.shipped().match(typed);

    assertThat(match.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(match.id()).isEqualTo(id);
    assertThat(match.score()).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "\"{0}\" is answered by {1}")
  @CsvSource({
      "azrue exclusve, azure",
      "is azrue still the exclusve cloud?, azure",
      "stargte project?, compute",
      "intelectual property licence for microsft, ip",
      "revnue sharing terms, revenue"})
  void typosStillFindTheAnswer(String typed, String id) {
    Match match = Matchers.shipped().match(typed);

    assertThat(match.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(match.id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "\"{0}\" is not answered")
  @CsvSource({"who founded openai", "who was the founder of openai"})
  void realWordsAreNotTakenForTyposOfFaqWords(String typed) {
    assertThat(Matchers.shipped().match(typed).outcome()).isEqualTo(Outcome.NO_ANSWER);
  }

  @ParameterizedTest(name = "\"{0}\" is answered by {1}")
  @CsvSource({"what are the financial arrangements between them now, revenue"})
  void anotherFormOfAnFaqWordStillCounts(String typed, String id) {
    Match match = Matchers.shipped().match(typed);

    assertThat(match.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(match.id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "\"{0}\" is answered by {1}")
  @CsvSource(delimiter = '#', value = {"hey team, quick q:\u0007 did the agi clause change?#agi"})
  void controlCharactersAroundARealQuestionAreIgnored(String typed, String id) {
    Match match = Matchers.shipped().match(typed);

    assertThat(match.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(match.id()).isEqualTo(id);
  }
}

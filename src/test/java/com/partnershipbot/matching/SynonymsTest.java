package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.knowledge.Knowledge;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Synonyms from bot.yml reach the matcher. The test FAQ's bot.yml says "lantern" (the internal
 * name of the bike store) means "bicycle storage": a word no sentence encoder can know.
 */
class SynonymsTest {
  private static final String QUESTION = "where is lantern?";

  @Test
  void synonymFromBotYmlLeadsToTheAnswer() {
    Match match = TestMatching.factory().build(Matchers.load(Matchers.FACILITIES)).match(QUESTION);

    assertThat(match.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(match.id()).isEqualTo("bicycles");
  }

  @Test
  void withoutTheSynonymTheSameQuestionIsNotAnswered() {
    Match match = TestMatching.factory().build(withoutSynonyms(Matchers.load(Matchers.FACILITIES))).match(QUESTION);

    assertThat(match.outcome()).isEqualTo(Outcome.NO_ANSWER);
  }

  @Test
  void synonymsWorkWithLuceneAlone() {
    Match match = MatcherFactory.lexicalOnly().build(Matchers.load(Matchers.FACILITIES)).match(QUESTION);

    assertThat(match.id()).isEqualTo("bicycles");
  }

  private static Knowledge withoutSynonyms(Knowledge knowledge) {
    BotSettings s = knowledge.settings();
    BotSettings plain = new BotSettings(s.matching(), List.of(), s.fallback(), s.staleAfterDays(), s.admins(),
        s.adminChannel(), s.recordUserIds(), s.retentionDays(), s.offTopic(), s.internalContact());
    return new Knowledge(plain, knowledge.entries(), knowledge.version(), knowledge.loadedAt());
  }
}

package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Topic;
import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Source;
import com.partnershipbot.matching.Match;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kept acknowledgement is reused only for the very same entry with the same related topics. */
class AnswerAcksTest {
  private final AnswerAcks acks = new AnswerAcks(10);

  @Test
  void theSameAnswerIsServedFromTheKeptBody() {
    Reply.Answered answer = answered(entry("Old wording."), List.of());

    assertThat(acks.answer(answer).getBody()).isSameAs(acks.answer(answer).getBody());
  }

  @Test
  void anEntryFromAReloadedConfigGetsItsOwnBody() {
    acks.answer(answered(entry("Old wording."), List.of()));

    String body = acks.answer(answered(entry("New wording."), List.of())).getBody();

    assertThat(body).contains("New wording.").doesNotContain("Old wording.");
  }

  @Test
  void changedRelatedTopicsGetANewBody() {
    FaqEntry entry = entry("Same wording.");
    acks.answer(answered(entry, List.of(new Topic("ip", "IP"))));

    String body = acks.answer(answered(entry, List.of(new Topic("agi", "AGI")))).getBody();

    assertThat(body).contains("topic:agi").doesNotContain("topic:ip");
  }

  private static Reply.Answered answered(FaqEntry entry, List<Topic> related) {
    return new Reply.Answered(entry, related, Match.answer(entry.id(), 1.0, List.of()));
  }

  private static FaqEntry entry(String answer) {
    return new FaqEntry("azure", "Azure", answer, List.of("q"), List.of(), List.of(),
        new Source("Statement", "OpenAI", "blog", LocalDate.of(2026, 2, 27)), LocalDate.of(2026, 11, 26), "owner", List.of());
  }
}

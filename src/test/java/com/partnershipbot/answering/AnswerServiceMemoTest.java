package com.partnershipbot.answering;

import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.testing.TestConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A repeated question is answered from memory under the same config, yet every ask is still reported. */
class AnswerServiceMemoTest {

  @Test
  void aRepeatedQuestionGetsTheSameReplyAndEveryAskIsReported() throws Exception {
    List<Question> heard = new ArrayList<>();
    ConfigSnapshot snapshot = ConfigSnapshot.of(load(), TestMatching.factory());
    AnswerService answers = new AnswerService(() -> snapshot, (question, reply, nanos) -> heard.add(question));

    Reply first = answers.ask(Question.local("can openai train on compute outside azure?"));
    Reply second = answers.ask(Question.local("can openai train on compute outside azure?"));

    assertThat(second).isSameAs(first);
    assertThat(heard).hasSize(2);
  }

  @Test
  void aNewConfigIsNeverAnsweredFromTheOldOnesMemory() throws Exception {
    Knowledge before = load();
    Knowledge after = load();
    AtomicReference<ConfigSnapshot> current = new AtomicReference<>(ConfigSnapshot.of(before, TestMatching.factory()));
    AnswerService answers = new AnswerService(current::get);
    answers.ask(Question.local("is azure still exclusive?"));

    current.set(ConfigSnapshot.of(after, TestMatching.factory()));
    Reply reply = answers.ask(Question.local("is azure still exclusive?"));

    assertThat(((Reply.Answered) reply).entry()).isSameAs(after.entry("hosting").orElseThrow());
  }

  private static Knowledge load() throws Exception {
    return new ConfigLoader().load(TestConfig.FAQ);
  }
}

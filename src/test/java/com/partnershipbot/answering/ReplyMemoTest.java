package com.partnershipbot.answering;

import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.Match;
import com.partnershipbot.testing.TestConfig;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The memo stays bounded, starts over for a new config, and skips very long questions. */
class ReplyMemoTest {
  private static ConfigSnapshot snapshot;
  private final Reply reply = new Reply.Help(List.of(), Match.noAnswer(0, List.of()));

  @BeforeAll
  static void load() throws Exception {
    snapshot = ConfigSnapshot.of(new ConfigLoader().load(TestConfig.FAQ), TestMatching.factory());
  }

  @Test
  void startsOverWhenFullSoItNeverHoldsMoreThanItsCapacity() {
    ReplyMemo memo = new ReplyMemo(2);
    memo.put(snapshot, "a", reply);
    memo.put(snapshot, "b", reply);

    memo.put(snapshot, "c", reply);

    assertThat(memo.get(snapshot, "a")).isNull();
    assertThat(memo.get(snapshot, "b")).isNull();
    assertThat(memo.get(snapshot, "c")).isSameAs(reply);
  }

  @Test
  void forgetsEverythingWhenTheConfigChanges() throws Exception {
    ReplyMemo memo = new ReplyMemo(10);
    memo.put(snapshot, "a", reply);
    ConfigSnapshot reloaded = ConfigSnapshot.of(new ConfigLoader().load(TestConfig.FAQ), TestMatching.factory());

    assertThat(memo.get(reloaded, "a")).isNull();
    memo.put(reloaded, "b", reply);
    assertThat(memo.get(snapshot, "a")).isNull();
  }

  @Test
  void doesNotKeepVeryLongQuestions() {
    ReplyMemo memo = new ReplyMemo(10);
    String longQuestion = "why ".repeat(60);
    memo.put(snapshot, longQuestion, reply);

    assertThat(memo.get(snapshot, longQuestion)).isNull();
  }
}

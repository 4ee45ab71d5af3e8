package com.partnershipbot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.Match;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The memo stays bounded, forgets the least recently asked first, and skips very long questions. */
class ReplyMemoTest {
  private static ConfigSnapshot snapshot;
  private final Reply reply = new Reply.Help(List.of(), Match.noAnswer(0, List.of()));

  @BeforeAll
  static void load() throws Exception {
    snapshot = ConfigSnapshot.of(new ConfigLoader().load(Path.of("bot-config")));
  }

  @Test
  void forgetsTheLeastRecentlyAskedBeyondCapacity() {
    ReplyMemo memo = new ReplyMemo(2);
    memo.get(snapshot, "a");
    memo.put(snapshot, "a", reply);
    memo.put(snapshot, "b", reply);
    memo.get(snapshot, "a");
    memo.put(snapshot, "c", reply);

    assertThat(memo.get(snapshot, "a")).isSameAs(reply);
    assertThat(memo.get(snapshot, "b")).isNull();
    assertThat(memo.get(snapshot, "c")).isSameAs(reply);
  }

  @Test
  void doesNotKeepVeryLongQuestions() {
    ReplyMemo memo = new ReplyMemo(10);
    String longQuestion = "why ".repeat(60);
    memo.get(snapshot, longQuestion);
    memo.put(snapshot, longQuestion, reply);

    assertThat(memo.get(snapshot, longQuestion)).isNull();
  }
}

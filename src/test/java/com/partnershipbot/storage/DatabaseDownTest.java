package com.partnershipbot.storage;

import com.partnershipbot.testing.TestConfig;
import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ConfigSnapshot;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.knowledge.ConfigLoader;
import java.nio.file.Path;
import java.time.Clock;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the database goes away, answers keep coming; the lost records are counted; de-duplication goes on. */
class DatabaseDownTest {
  @TempDir
  Path tempDir;

  @Test
  void answersFlowAndLostRecordsAreCountedWhileTheDatabaseIsDown() throws Exception {
    Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", tempDir.toString()).start();
    String url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/records" + DatabaseSettings.H2_OPTIONS;
    ConfigSnapshot snapshot = ConfigSnapshot.of(new ConfigLoader().load(TestConfig.FAQ), TestMatching.factory());
    try (Storage storage = Storage.open(DatabaseSettings.jdbc(url, "sa", "", false), BotSettings::defaults,
        Clock.systemUTC(), 50)) {
      AnswerService answers = new AnswerService(() -> snapshot, storage.asks());
      answers.ask(new Question("is azure still exclusive?", Platform.SLACK, "C1", "U1"));
      awaitStored(storage, 1);

      h2.stop();
      for (int i = 0; i < 200; i++) {
        Reply reply = answers.ask(new Question("is azure still exclusive?", Platform.SLACK, "C1", "U1"));
        assertThat(reply).isInstanceOf(Reply.Answered.class);
      }
      assertThat(storage.deliveries().claim("Ev-during-outage")).isTrue();
      assertThat(storage.deliveries().claim("Ev-during-outage")).isFalse();
      com.partnershipbot.testing.Poll.until("the 200 records counted as lost",
          () -> storage.lostRecords() + storage.pendingRecords() == 200 && storage.pendingRecords() == 0);
    } finally {
      h2.stop();
    }
  }

  private static void awaitStored(Storage storage, long questions) {
    com.partnershipbot.testing.Poll.until("question stored", () -> storage.insights()
        .activity(java.time.Instant.EPOCH).asked() == questions);
  }
}

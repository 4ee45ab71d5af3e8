package com.partnershipbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ConfigSnapshot;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.UserIdPolicy;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.TestConfig;
import com.partnershipbot.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Questions asked from several threads at once are all recorded, in few batches, each asker under
 * one hashed key; and "nothing pending" means they are in the database, not merely off the queue.
 */
class RecordBatchingTest {
  @TempDir
  Path tempDir;

  static java.util.stream.Stream<String> kinds() {
    return TestDatabase.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyQuestionFromManyThreadsIsStoredOnceUnderItsAskersKey(String kind) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(TestConfig.FAQ);
    BotSettings settings = new BotSettings(null, null, null, null, null, null, UserIdPolicy.HASHED, 90, null, null);
    Reply reply = new AnswerService(() -> ConfigSnapshot.of(knowledge, TestMatching.factory())).topic("hosting")
        .orElseThrow();
    try (TestDatabase database = TestDatabase.create(kind, tempDir);
         Storage storage = Storage.open(database.settings(), () -> settings, Clock.systemUTC())) {
      List<Thread> askers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        Thread asker = new Thread(() -> IntStream.range(0, 500).forEach(i -> storage.asks()
            .asked(new Question("question " + thread + "-" + i, Platform.SLACK, "C1", "U" + (i % 3)), reply, 1_000)));
        asker.start();
        askers.add(asker);
      }
      for (Thread asker : askers) {
        asker.join();
      }
      Poll.until("every record written", () -> storage.pendingRecords() == 0);

      assertThat(count(database, "SELECT COUNT(*) FROM questions")).isEqualTo(2_000);
      assertThat(count(database, "SELECT COUNT(DISTINCT question) FROM questions")).isEqualTo(2_000);
      assertThat(count(database, "SELECT COUNT(DISTINCT user_key) FROM questions")).isEqualTo(3);
      assertThat(count(database, "SELECT COUNT(*) FROM questions WHERE user_key LIKE 'U%'")).isZero();
      assertThat(storage.lostRecords()).isZero();
    }
  }

  private static long count(TestDatabase database, String sql) throws Exception {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

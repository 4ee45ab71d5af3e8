package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.server.Application;
import com.partnershipbot.testing.LogCapture;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import com.partnershipbot.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two whole bots on one database (an H2 file both open, or PostgreSQL when TEST_DATABASE_URL is
 * set), as two instances behind a load balancer: what Teams delivers to both is done once.
 */
class TeamsSharedDatabaseTest {
  @TempDir
  Path folder;
  private TestDatabase database;
  private FakeMicrosoft microsoft;
  private Application first;
  private Application second;
  private LogCapture log;

  static java.util.stream.Stream<String> kinds() {
    return TestDatabase.kinds();
  }

  void start(String kind) throws Exception {
    database = TestDatabase.create(kind, folder);
    microsoft = new FakeMicrosoft();
    log = LogCapture.open();
    first = env(kind, "first").start();
    second = env(kind, "second").start();
  }

  @AfterEach
  void stop() throws Exception {
    closeBots();
    if (microsoft != null) {
      microsoft.close();
    }
    if (log != null) {
      log.close();
    }
    if (database != null) {
      database.close();
    }
  }

  /** Each bot has a config folder of its own (with a Teams admin) and, on H2, the same data folder. */
  private ServeEnv env(String kind, String name) throws Exception {
    Path config = TeamsAdminTest.withTeamsAdmin(folder.resolve(name));
    ServeEnv env = microsoft.teamsEnv(folder.resolve(name)).with("BOT_CONFIG_DIR", config.toString());
    if (TestDatabase.H2.equals(kind)) {
      return env.with("DATA_DIR", folder.resolve("data").toString());
    }
    return env.with("DATABASE_URL", database.jdbcUrl()).with("DATABASE_USER", TestDatabase.user())
        .with("DATABASE_PASSWORD", TestDatabase.password());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void anActivityDeliveredToBothInstancesIsAnsweredOnce(String kind) throws Exception {
    start(kind);
    String id = UUID.randomUUID().toString();
    ObjectNode activity = Activities.personalMessage(microsoft.serviceUrl(), id, "is azure still exclusive?");

    assertThat(microsoft.deliver(first.port(), activity).statusCode()).isEqualTo(200);
    assertThat(microsoft.deliver(second.port(), activity).statusCode()).isEqualTo(200);

    microsoft.awaitReplyTo(id);
    Poll.until("one instance ignores the repeat", () -> log.lines().stream()
        .anyMatch(line -> line.contains("Ignored a repeated delivery of Teams activity " + id)));
    closeBots();
    assertThat(microsoft.repliesTo(id)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aConversationIsWelcomedOnceThoughBothInstancesSeeTheBotAdded(String kind) throws Exception {
    start(kind);
    String team = "19:" + UUID.randomUUID() + "@thread.tacv2";

    microsoft.deliver(first.port(), Activities.botAdded(microsoft.serviceUrl(), UUID.randomUUID().toString(), team));
    microsoft.awaitPosts(FakeMicrosoft.Post::isNewMessage, 1);
    microsoft.deliver(second.port(), Activities.botAdded(microsoft.serviceUrl(), UUID.randomUUID().toString(), team));

    Poll.until("the second instance knows it was welcomed", () -> log.lines().stream()
        .anyMatch(line -> line.contains("Not welcoming Teams conversation " + team + " again")));
    closeBots();
    assertThat(microsoft.posts).filteredOn(FakeMicrosoft.Post::isNewMessage).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aVoteClickedTwiceAndDeliveredToBothInstancesIsCountedOnce(String kind) throws Exception {
    start(kind);
    String card = "card-" + UUID.randomUUID();
    ObjectNode vote = Activities.submit(microsoft.serviceUrl(), UUID.randomUUID().toString(),
        SubmitActions.feedback("hosting", true)).put("replyToId", card);
    ObjectNode again = vote.deepCopy().put("id", UUID.randomUUID().toString());

    microsoft.deliver(first.port(), vote);
    microsoft.deliver(second.port(), again);

    assertThat(microsoft.awaitPosts(FakeMicrosoft.Post::isUpdate, 2)).allSatisfy(update ->
        assertThat(update.rawPath()).endsWith("/activities/" + card));
    closeBots();
    assertThat(helpfulVotes("hosting")).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void anAdminWhoTalkedToOneInstanceHearsFromTheOther(String kind) throws Exception {
    start(kind);
    String hello = UUID.randomUUID().toString();
    microsoft.deliver(first.port(), Activities.personalMessage(microsoft.serviceUrl(), hello, "admin status"));
    microsoft.awaitReplyTo(hello);

    TestConfig.edit(folder.resolve("second/config/answers/hosting.yml"), text -> text.replace("title:", "titel:"));

    TeamsAdminTest.assertIsTheRefusalNoticeInTheAdminsPersonalChat(
        microsoft.awaitPosts(FakeMicrosoft.Post::isNewMessage, 1).get(0));
  }

  private long helpfulVotes(String entry) throws Exception {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT COUNT(*) FROM feedback WHERE helpful AND entry_id = '" + entry + "'")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Closes both bots, so every record they queued is written. */
  private void closeBots() throws Exception {
    if (second != null) {
      second.close();
      second = null;
    }
    if (first != null) {
      first.close();
      first = null;
    }
  }
}

package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.server.Application;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import com.partnershipbot.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two whole bots, each with its own server, sharing one PostgreSQL (TEST_DATABASE_URL; skipped
 * without it, outside CI) and one config folder, as two instances behind a load balancer with a
 * mounted config volume. What reaches both is done once; an admin reload reaches both.
 */
class SeveralInstancesTest {
  private static final String BOT = FakeSlackApi.BOT_USER_ID;

  @TempDir
  Path temp;

  private TestDatabase database;
  private FakeSlackApi slackApi;
  private Path config;

  @BeforeEach
  void shareADatabaseAndAConfig() throws Exception {
    database = TestDatabase.create(TestDatabase.POSTGRESQL, temp);
    slackApi = new FakeSlackApi();
    config = TestConfig.copy(temp);
  }

  @AfterEach
  void dropTheDatabase() throws Exception {
    if (slackApi != null) {
      slackApi.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void anEventDeliveredToBothInstancesIsAnsweredOnce() throws Exception {
    String mention = Payloads.mention("Ev-both", "C0BOTH", "1700000020.000100", null, SignedClient.USER,
        "<@" + BOT + "> is azure still exclusive?");
    try (Application a = instance("a", Map.of()); Application b = instance("b", Map.of())) {
      assertThat(client(a).event(mention, Map.of()).statusCode()).isEqualTo(200);
      assertThat(client(b).event(mention, Map.of()).statusCode()).isEqualTo(200);
    }

    assertThat(slackApi.calls("chat.postMessage", call -> "C0BOTH".equals(call.field("channel")))).hasSize(1);
  }

  @Test
  void aVoteDeliveredToBothInstancesIsCountedOnce() throws Exception {
    String click = Payloads.click(ActionIds.HELPFUL, "feedback", "hosting", false, null, "message",
        slackApi.responseUrl("vote"));
    try (Application a = instance("a", Map.of()); Application b = instance("b", Map.of())) {
      assertThat(client(a).action(click).statusCode()).isEqualTo(200);
      assertThat(client(b).action(click).statusCode()).isEqualTo(200);
    }

    assertThat(count("SELECT COUNT(*) FROM feedback WHERE entry_id = 'hosting'")).isEqualTo(1);
  }

  @Test
  void aRefusedConfigIsAnnouncedToTheAdminsOnce() throws Exception {
    try (Application a = instance("a", Map.of()); Application b = instance("b", Map.of())) {
      TestConfig.edit(config.resolve("answers/hosting.yml"), text -> text.replace("title:", "titel:"));

      Poll.until("both instances to refuse the edit", () -> a.config().lastReload().refused()
          && b.config().lastReload().refused());
      Poll.until("a notice to the admin", () -> !notices().isEmpty());
      Thread.sleep(2_000); // the other instance's notice, were it sent, would arrive meanwhile
    }

    assertThat(notices()).hasSize(1);
    assertThat(notices().get(0).field("text")).contains("refused").contains("titel");
  }

  @Test
  void anAdminReloadOnOneInstanceReloadsEveryInstance() throws Exception {
    Map<String, String> noFileWatch = Map.of("CONFIG_WATCH", "false");
    try (Application a = instance("a", noFileWatch); Application b = instance("b", noFileWatch)) {
      String before = b.config().get().knowledge().version();
      TestConfig.edit(config.resolve("answers/hosting.yml"), text -> text.replace("aliases:\n", "aliases:\n  - zebra\n"));

      client(a).commandAs(TestConfig.ADMIN, "admin reload", slackApi.responseUrl("reload"));

      String after = Poll.value("instance b to serve the new version", () -> b.config().get().knowledge().version(),
          version -> !version.equals(before));
      assertThat(a.config().get().knowledge().version()).isEqualTo(after);
      assertThat(reply("reload")).contains("Reloaded").contains("Every other live instance was asked to reload");
    }
  }

  @Test
  void adminStatusSaysHowManyInstancesAreLiveAndWhichVersionEachServes() throws Exception {
    try (Application a = instance("a", Map.of()); Application b = instance("b", Map.of())) {
      String version = a.config().get().knowledge().version();

      client(a).commandAs(TestConfig.ADMIN, "admin status", slackApi.responseUrl("status"));

      String status = reply("status");
      assertThat(status).contains("Instances: 2 live").contains("this one");
      assertThat(status.split("serving version `" + version + "`", -1)).hasSize(3);
    }
  }

  private Application instance(String name, Map<String, String> more) throws Exception {
    return ServeEnv.in(temp.resolve(name), config)
        .with("SLACK_BOT_TOKEN", SlackHarness.BOT_TOKEN)
        .with("SLACK_SIGNING_SECRET", SignedClient.SECRET)
        .with("SLACK_API_URL", slackApi.apiUrl())
        .with("DATABASE_URL", database.jdbcUrl())
        .with("DATABASE_USER", TestDatabase.user())
        .with("DATABASE_PASSWORD", TestDatabase.password())
        .withAll(more)
        .start();
  }

  private static SignedClient client(Application app) {
    return new SignedClient("http://127.0.0.1:" + app.port(), SignedClient.SECRET);
  }

  private List<FakeSlackApi.Call> notices() {
    return slackApi.calls("chat.postMessage", call -> TestConfig.ADMIN.equals(call.field("channel")));
  }

  private String reply(String responseId) throws InterruptedException {
    List<FakeSlackApi.Call> replies = slackApi.await("/response/" + responseId, call -> true, 1);
    assertThat(replies).as("a reply at /response/" + responseId).isNotEmpty();
    return replies.get(0).field("text");
  }

  private int count(String sql) throws Exception {
    try (Connection connection = database.connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}

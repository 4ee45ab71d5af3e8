package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.server.Application;
import com.partnershipbot.testing.LogCapture;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.TestConfig;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admins listed as 'teams: <AAD object id>' run admin commands in a personal chat and hear about refused configs there. */
class TeamsAdminTest {
  static final String ADMIN_AAD_ID = "6f1e2d3c-0000-4000-8000-00000000abcd";

  @TempDir
  Path folder;
  private Path config;
  private FakeMicrosoft microsoft;
  private Application app;
  private LogCapture log;

  @BeforeEach
  void start() throws Exception {
    config = withTeamsAdmin(folder);
    microsoft = new FakeMicrosoft();
    log = LogCapture.open();
    app = microsoft.teamsEnv(folder).with("BOT_CONFIG_DIR", config.toString()).start();
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    microsoft.close();
    log.close();
  }

  /** The small FAQ with the fixture's Teams user (Megan) added to its admins. */
  static Path withTeamsAdmin(Path folder) throws Exception {
    Path config = TestConfig.copy(folder);
    TestConfig.edit(config.resolve("bot.yml"), text -> text.replace("admins: [UADMIN0001]",
        "admins:\n  - UADMIN0001\n  - teams: " + ADMIN_AAD_ID.toUpperCase(java.util.Locale.ROOT)));
    return config;
  }

  @Test
  void anAdminRunsStatusFromAPersonalChat() throws Exception {
    String id = UUID.randomUUID().toString();
    microsoft.deliver(app.port(), Activities.personalMessage(microsoft.serviceUrl(), id, "admin status"));

    String text = microsoft.awaitReplyTo(id).body().path("text").asText();
    assertThat(text).contains("answers").contains(app.config().get().knowledge().version());
  }

  @Test
  void anUnknownAdminCommandListsTheKnownOnes() throws Exception {
    String id = UUID.randomUUID().toString();
    microsoft.deliver(app.port(), Activities.personalMessage(microsoft.serviceUrl(), id, "admin frobnicate"));

    assertThat(microsoft.awaitReplyTo(id).body().path("text").asText())
        .contains("`frobnicate`", "unanswered", "feedback", "stale", "reload");
  }

  @Test
  void someoneWhoIsNotAnAdminGetsAnAnswerNotTheConsole() throws Exception {
    String id = UUID.randomUUID().toString();
    ObjectNode activity = Activities.personalMessage(microsoft.serviceUrl(), id, "admin status");
    ((ObjectNode) activity.path("from")).put("aadObjectId", "0badc0de-0000-4000-8000-000000000000");
    microsoft.deliver(app.port(), activity);

    FakeMicrosoft.Post reply = microsoft.awaitReplyTo(id);
    assertThat(reply.body().path("attachments").get(0).path("contentType").asText())
        .isEqualTo(AdaptiveCards.CONTENT_TYPE);
    assertThat(reply.body().toString()).doesNotContain(app.config().get().knowledge().version());
  }

  @Test
  void aRefusedConfigReachesTheAdminInTheirPersonalChatOnceTheyHaveTalkedToTheBot() throws Exception {
    String hello = UUID.randomUUID().toString();
    microsoft.deliver(app.port(), Activities.personalMessage(microsoft.serviceUrl(), hello, "admin status"));
    microsoft.awaitReplyTo(hello);

    TestConfig.edit(config.resolve("answers/hosting.yml"), text -> text.replace("title:", "titel:"));

    assertIsTheRefusalNoticeInTheAdminsPersonalChat(microsoft.awaitPosts(FakeMicrosoft.Post::isNewMessage, 1).get(0));
  }

  /** A message the bot started in the admin's personal chat, as the bot, saying the 'titel' edit was refused. */
  static void assertIsTheRefusalNoticeInTheAdminsPersonalChat(FakeMicrosoft.Post notice) {
    assertThat(notice.rawPath()).isEqualTo("/amer/v3/conversations/a%3A1Hj3xPq9-personal/activities");
    assertThat(notice.body().path("recipient").path("aadObjectId").asText()).isEqualTo(ADMIN_AAD_ID);
    assertThat(notice.body().path("from").path("id").asText()).isEqualTo(Activities.BOT_ID);
    assertThat(notice.body().path("text").asText()).contains("refused", "titel");
  }

  @Test
  void anAdminWhoNeverTalkedToTheBotIsNamedInTheLogWithWhatToDo() throws Exception {
    TestConfig.edit(config.resolve("answers/hosting.yml"), text -> text.replace("title:", "titel:"));

    Poll.until("the log says the admin cannot be reached", () -> log.lines().stream()
        .anyMatch(line -> line.contains(ADMIN_AAD_ID) && line.contains("have not talked to the bot yet")));
    assertThat(microsoft.posts).isEmpty();
  }
}

package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnershipbot.env.SettingsException;
import com.partnershipbot.server.Application;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole application as {@code serve} starts it: Slack on when configured, local mode when not, clear start-up
 * errors, and the try-it page never open by accident.
 */
class SlackApplicationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TRY_TOKEN = "production-try-token-0123456789";
  private static FakeSlackApi slackApi;

  @TempDir
  Path temp;

  @BeforeAll
  static void startFake() throws Exception {
    slackApi = new FakeSlackApi();
  }

  @AfterAll
  static void stopFake() {
    slackApi.close();
  }

  @Test
  void withSlackCredentialsSlashCommandsAreServedAtSlackEvents() throws Exception {
    try (Application app = slackEnv().start()) {
      SignedClient client = new SignedClient("http://127.0.0.1:" + app.port(), SignedClient.SECRET);

      HttpResponse<String> response = client.command("cloud", slackApi.responseUrl("app"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"response_type\":\"in_channel\"").contains("Where the stateless APIs are hosted");
      assertThat(get(app, "/healthz").statusCode()).isEqualTo(200);
      assertThat(slackApi.calls("auth.test", c -> true)).isNotEmpty();
    }
  }

  @Test
  void stoppingLetsAQueuedReplyFinishBeforeTheProcessEnds() throws Exception {
    slackApi.answerNext("chat.postMessage", 429, "1");
    Application app = slackEnv().start();
    SignedClient client = new SignedClient("http://127.0.0.1:" + app.port(), SignedClient.SECRET);
    client.event(Payloads.mention("Ev-stop", "C0STOP", "1700000010.000100", null, SignedClient.USER,
        "<@" + FakeSlackApi.BOT_USER_ID + "> cloud"), Map.of());

    app.close();

    assertThat(slackApi.calls("chat.postMessage", c -> "C0STOP".equals(c.field("channel")))).hasSize(2);
  }

  @Test
  void aCorruptRecordsDatabaseFoundAtStartIsToldToTheAdminsOnceSlackIsUp() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    byte[] garbage = new byte[20_000];
    new Random(11).nextBytes(garbage);
    Files.write(data.resolve("partnership-bot.mv.db"), garbage);

    try (Application app = slackEnv().start()) {
      assertThat(slackApi.await("chat.postMessage", c -> TestConfig.ADMIN.equals(c.field("channel")), 1))
          .singleElement().satisfies(notice -> assertThat(notice.field("text"))
              .startsWith(":warning: *The records database was corrupt*\nI moved it aside to `"
                  + data.toAbsolutePath().resolve("partnership-bot.mv.db.corrupt-"))
              .contains("started a fresh one"));
    }
    assertThat(slackApi.calls("chat.postMessage", c -> TestConfig.ADMIN.equals(c.field("channel")))).hasSize(1);
  }

  @Test
  void withoutCredentialsTheLocalModeServesAskAndNoSlackEndpoint() throws Exception {
    try (Application app = ServeEnv.in(temp, TestConfig.FAQ).start()) {
      assertThat(get(app, "/api/ask?q=cloud").statusCode()).isEqualTo(200);
      assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/slack/events"))
          .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void aMissingSigningSecretStopsStartUpNamingIt() {
    ServeEnv env = slackEnv();
    env.without("SLACK_SIGNING_SECRET");

    assertThatThrownBy(() -> env.start())
        .isInstanceOf(SettingsException.class).hasMessageContaining("SLACK_SIGNING_SECRET");
  }

  @Test
  void aHalfSetCredentialStopsStartUpBeforeTheDatabaseIsOpened() {
    ServeEnv env = slackEnv();
    env.without("SLACK_SIGNING_SECRET");

    assertThatThrownBy(() -> env.start()).isInstanceOf(SettingsException.class);
    assertThat(temp.resolve("data")).doesNotExist();
  }

  @Test
  void aMissingBotTokenStopsStartUpNamingIt() {
    ServeEnv env = slackEnv();
    env.without("SLACK_BOT_TOKEN");

    assertThatThrownBy(() -> env.start())
        .isInstanceOf(SettingsException.class).hasMessageContaining("SLACK_BOT_TOKEN");
  }

  @Test
  void aTokenSlackRefusesStopsStartUpNamingIt() {
    slackApi.refuseToken("invalid_auth");
    try {
      assertThatThrownBy(() -> slackEnv().start())
          .isInstanceOf(SettingsException.class)
          .hasMessageContaining("Slack refused SLACK_BOT_TOKEN (auth.test: invalid_auth)")
          .hasMessageNotContaining(SlackHarness.BOT_TOKEN);
    } finally {
      slackApi.refuseToken(null);
    }
  }

  @Test
  void aSocketModeConnectionSlackRefusesStopsStartUpNamingTheAppToken() {
    ServeEnv env = slackEnv();
    env.without("SLACK_SIGNING_SECRET");
    env.with("SLACK_APP_TOKEN", "xapp-1-A0001-0000000000-test-app-token");
    slackApi.answerNext("apps.connections.open", 200, null);

    assertThatThrownBy(() -> env.start())
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("Cannot open a Socket Mode connection with SLACK_APP_TOKEN")
        .hasMessageNotContaining("xapp-1-A0001");
  }

  @Test
  void withoutATryPageTokenThereIsNoPageNoRootAndNoAskApi() throws Exception {
    try (Application app = slackEnv().start()) {
      assertThat(status(app, "/try", null)).isEqualTo(404);
      assertThat(status(app, "/", null)).isEqualTo(404);
      assertThat(status(app, "/api/ask?q=cloud", null)).isEqualTo(404);
      assertThat(status(app, "/try/static/app.js", null)).isEqualTo(404);
    }
  }

  @Test
  void withATryPageTokenThePageIsAtTryOnlyAndAsksForIt() throws Exception {
    try (Application app = slackEnv().with("TRY_PAGE_TOKEN", TRY_TOKEN).start()) {
      assertThat(status(app, "/try", null)).isEqualTo(401);
      assertThat(status(app, "/try", "Bearer wrong-wrong-wrong-wrong")).isEqualTo(401);
      assertThat(status(app, "/try?q=cloud", "Bearer " + TRY_TOKEN)).isEqualTo(200);
      assertThat(status(app, "/api/ask?q=cloud", "Bearer " + TRY_TOKEN)).isEqualTo(200);
      assertThat(status(app, "/", "Bearer " + TRY_TOKEN)).as("the root stays local mode's").isEqualTo(404);
    }
  }

  @Test
  void theTryPageBehindSlackShowsNeitherTheConfigFolderNorUnansweredQuestionsNorSecrets() throws Exception {
    try (Application app = slackEnv().with("TRY_PAGE_TOKEN", TRY_TOKEN).start()) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/try?q=cloud"))
          .header("Authorization", "Bearer " + TRY_TOKEN).build();
      String page = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();

      assertThat(page).contains("Where the stateless APIs are hosted").doesNotContain("Top unanswered questions")
          .doesNotContain("small-faq").doesNotContain(SlackHarness.BOT_TOKEN).doesNotContain(SignedClient.SECRET)
          .doesNotContain(TRY_TOKEN);
    }
  }

  private ServeEnv slackEnv() {
    return ServeEnv.in(temp, TestConfig.FAQ)
        .with("SLACK_BOT_TOKEN", SlackHarness.BOT_TOKEN)
        .with("SLACK_SIGNING_SECRET", SignedClient.SECRET)
        .with("SLACK_API_URL", slackApi.apiUrl());
  }

  private static int status(Application app, String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static HttpResponse<String> get(Application app, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

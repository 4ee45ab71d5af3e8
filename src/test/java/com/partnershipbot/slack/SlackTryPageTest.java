package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.server.Application;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With Slack enabled the try-it page is never open by accident: off without TRY_PAGE_TOKEN, behind it with. */
class SlackTryPageTest {
  private static final String TOKEN = "production-try-token-0123456789";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
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
  void withoutATokenThereIsNoPageNoRootAndNoApi() throws Exception {
    try (Application app = slackEnv().start()) {
      assertThat(status(app, "/try", null)).isEqualTo(404);
      assertThat(status(app, "/", null)).isEqualTo(404);
      assertThat(status(app, "/api/ask?q=cloud", null)).isEqualTo(404);
      assertThat(status(app, "/try/static/app.js", null)).isEqualTo(404);
    }
  }

  @Test
  void withATokenThePageIsAtTryOnlyAndAsksForIt() throws Exception {
    try (Application app = slackEnv().with("TRY_PAGE_TOKEN", TOKEN).start()) {
      assertThat(status(app, "/try", null)).isEqualTo(401);
      assertThat(status(app, "/try", "Bearer wrong-wrong-wrong-wrong")).isEqualTo(401);
      assertThat(status(app, "/try?q=cloud", "Bearer " + TOKEN)).isEqualTo(200);
      assertThat(status(app, "/api/ask?q=cloud", "Bearer " + TOKEN)).isEqualTo(200);
      assertThat(status(app, "/", "Bearer " + TOKEN)).as("the root stays local mode's").isEqualTo(404);
    }
  }

  @Test
  void thePageBehindSlackShowsNeitherTheConfigFolderNorTheUnansweredQuestions() throws Exception {
    try (Application app = slackEnv().with("TRY_PAGE_TOKEN", TOKEN).start()) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/try?q=cloud"))
          .header("Authorization", "Bearer " + TOKEN).build();
      String page = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();

      assertThat(page).contains("Where the stateless APIs are hosted").doesNotContain("Top unanswered questions")
          .doesNotContain("small-faq").doesNotContain(SlackHarness.BOT_TOKEN).doesNotContain(SignedClient.SECRET)
          .doesNotContain(TOKEN);
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
}

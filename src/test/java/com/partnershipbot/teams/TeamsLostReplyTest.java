package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.Json;
import com.partnershipbot.server.Application;
import com.partnershipbot.testing.LogCapture;
import com.partnershipbot.testing.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Bot Connector that fails a reply for longer than REPLY_RETRY_BUDGET_SECONDS: the reply is
 * counted lost in /metrics and told in one log line, and never posted.
 */
class TeamsLostReplyTest {
  private static final String LOST = "partnershipbot_teams_api_errors_total{error=\"reply_lost\",method=\"replyToActivity\"}";
  private FakeMicrosoft microsoft;
  private LogCapture log;

  @TempDir
  Path folder;

  @BeforeEach
  void start() throws Exception {
    microsoft = new FakeMicrosoft();
    log = LogCapture.open();
  }

  @AfterEach
  void stop() {
    log.close();
    microsoft.close();
  }

  @ParameterizedTest(name = "HTTP {0} forever")
  @CsvSource({"500, -1", "429, 1"})
  void aReplyFailingLongerThanTheBudgetIsCountedLostOnceInMetricsWithOneLogLine(int status, int retryAfter)
      throws Exception {
    microsoft.answerEveryPost(status, retryAfter);
    try (Application app = microsoft.teamsEnv(folder).with("REPLY_RETRY_BUDGET_SECONDS", "2").start()) {
      String id = UUID.randomUUID().toString();

      assertThat(post(app, id).statusCode()).isEqualTo(200);

      Poll.until("the reply counted lost in /metrics", () -> metrics(app).contains(LOST + " 1.0"));
      assertThat(microsoft.postAttempts.get()).isGreaterThan(1);
      assertThat(log.lines()).filteredOn(line -> line.contains("reply lost")).singleElement()
          .asString().startsWith("WARN").contains("Teams reply lost").contains("budget").contains("replyToActivity");
      assertThat(microsoft.repliesTo(id)).isEmpty();
    }
  }

  private static String metrics(Application app) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
          + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(Application app, String id) throws Exception {
    String token = BotFrameworkTokens.sign(FakeMicrosoft.TEAMS_KEY,
        BotFrameworkTokens.claims(microsoft.serviceUrl()).build());
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
            + "/api/messages")).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(Activities.personalMessage(microsoft.serviceUrl(), id,
            "is azure still exclusive?")))).build(), HttpResponse.BodyHandlers.ofString());
  }
}

package com.partnershipbot.teams;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.Json;
import com.partnershipbot.server.Application;
import com.partnershipbot.testing.LogCapture;
import com.partnershipbot.testing.MetricsPage;
import com.partnershipbot.testing.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Teams replies follow the same policy as Slack's: server errors and 429s are retried, a refusal is
 * lost once, and a reply that fails for longer than REPLY_RETRY_BUDGET_SECONDS is counted lost.
 */
class TeamsRetryTest {
  /** Room for the retries the recoverable cases need (about 2 s), short enough to watch a reply outlast it. */
  private static final int BUDGET_SECONDS = 5;
  private static final String LOST = "partnershipbot_teams_api_errors_total{error=\"reply_lost\",method=\"replyToActivity\"}";
  private FakeMicrosoft microsoft;
  private Application app;
  private LogCapture log;

  @TempDir
  Path folder;

  @BeforeEach
  void start() throws Exception {
    microsoft = new FakeMicrosoft();
    app = microsoft.teamsEnv(folder).with("REPLY_RETRY_BUDGET_SECONDS", String.valueOf(BUDGET_SECONDS)).start();
    log = LogCapture.open();
  }

  @AfterEach
  void stop() throws Exception {
    log.close();
    app.close();
    microsoft.close();
  }

  @Test
  void aReplyIsPostedOnceThroughTwoServerErrorsAndARateLimit() throws Exception {
    microsoft.answerNextPost(500, -1);
    microsoft.answerNextPost(500, -1);
    microsoft.answerNextPost(429, 1);
    String id = UUID.randomUUID().toString();

    assertThat(post(id).statusCode()).isEqualTo(200);

    microsoft.awaitReplyTo(id);
    assertThat(microsoft.repliesTo(id)).hasSize(1);
    assertThat(microsoft.postAttempts).hasValue(4);
    assertThat(log.lines()).filteredOn(line -> line.contains("Teams: retrying")).hasSize(3);
    assertThat(metrics()).contains("partnershipbot_teams_api_retries_total{method=\"replyToActivity\"} 3.0");
  }

  @ParameterizedTest
  @ValueSource(ints = {412, 502, 504})
  void aConcurrentChangeOrAGatewayErrorIsRetried(int status) throws Exception {
    microsoft.answerNextPost(status, -1);
    String id = UUID.randomUUID().toString();

    assertThat(post(id).statusCode()).isEqualTo(200);

    microsoft.awaitReplyTo(id);
    assertThat(microsoft.repliesTo(id)).hasSize(1);
    assertThat(microsoft.postAttempts).hasValue(2);
  }

  @Test
  void aRefusedReplyIsNotRetriedAndIsLoggedLostOnce() throws Exception {
    microsoft.answerNextPost(400, -1);
    String id = UUID.randomUUID().toString();

    assertThat(post(id).statusCode()).isEqualTo(200);

    Poll.until("the reply is given up on", () -> log.lines().stream().anyMatch(line -> line.contains("Teams reply lost")));
    assertThat(microsoft.postAttempts).hasValue(1);
    assertThat(log.noise()).isEmpty();
  }

  @ParameterizedTest(name = "HTTP {0} forever")
  @CsvSource({"500, -1", "429, 1"})
  void aReplyFailingLongerThanTheBudgetIsCountedLostOnceInMetricsWithOneLogLine(int status, int retryAfter)
      throws Exception {
    microsoft.answerEveryPost(status, retryAfter);
    String id = UUID.randomUUID().toString();

    assertThat(post(id).statusCode()).isEqualTo(200);

    Poll.until("the reply counted lost in /metrics", () -> metrics().contains(LOST + " 1.0"));
    assertThat(microsoft.postAttempts.get()).isGreaterThan(1);
    assertThat(log.lines()).filteredOn(line -> line.contains("reply lost")).singleElement().asString()
        .startsWith("WARN").contains("Teams reply lost").contains(BUDGET_SECONDS + " s budget").contains("replyToActivity");
    assertThat(microsoft.repliesTo(id)).isEmpty();
  }

  private String metrics() {
    return MetricsPage.scrape(app.port());
  }

  private HttpResponse<String> post(String id) throws Exception {
    String token = BotFrameworkTokens.sign(FakeMicrosoft.TEAMS_KEY,
        BotFrameworkTokens.claims(microsoft.serviceUrl()).build());
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
            + "/api/messages")).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(Activities.personalMessage(microsoft.serviceUrl(), id,
            "is azure still exclusive?")))).build(), HttpResponse.BodyHandlers.ofString());
  }
}

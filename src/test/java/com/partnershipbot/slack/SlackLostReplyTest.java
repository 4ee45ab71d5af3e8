package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.server.Application;
import com.partnershipbot.testing.LogCapture;
import com.partnershipbot.testing.MetricsPage;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Web API that fails a reply for longer than REPLY_RETRY_BUDGET_SECONDS: the reply is counted
 * lost in /metrics and told in one log line, and never posted.
 */
class SlackLostReplyTest {
  private static final String LOST = "partnershipbot_slack_api_errors_total{error=\"reply_lost\",method=\"chat.postMessage\"}";
  private static final String CHANNEL = "C0LOST";
  private FakeSlackApi slackApi;
  private LogCapture log;

  @TempDir
  Path temp;

  @BeforeEach
  void start() throws Exception {
    slackApi = new FakeSlackApi();
    log = LogCapture.open();
  }

  @AfterEach
  void stop() {
    log.close();
    slackApi.close();
  }

  @ParameterizedTest(name = "HTTP {0} forever")
  @CsvSource(value = {"500, NULL", "429, 1"}, nullValues = "NULL")
  void aReplyFailingLongerThanTheBudgetIsCountedLostOnceInMetricsWithOneLogLine(int status, String retryAfter)
      throws Exception {
    slackApi.answerAlways("chat.postMessage", status, retryAfter);
    try (Application app = slackEnv().with("REPLY_RETRY_BUDGET_SECONDS", "2").start()) {
      SignedClient client = new SignedClient("http://127.0.0.1:" + app.port(), SignedClient.SECRET);

      assertThat(client.event(Payloads.mention("Ev-lost-" + status, CHANNEL, "1700002000.000100", null,
          SignedClient.USER, "<@" + FakeSlackApi.BOT_USER_ID + "> cloud"), Map.of()).statusCode()).isEqualTo(200);

      Poll.until("the reply counted lost in /metrics", () -> MetricsPage.scrape(app.port()).contains(LOST + " 1.0"));
      assertThat(slackApi.calls("chat.postMessage", c -> CHANNEL.equals(c.field("channel")))).hasSizeGreaterThan(1);
      assertThat(log.lines()).filteredOn(line -> line.contains("reply lost")).singleElement()
          .asString().startsWith("WARN").contains("Slack reply lost").contains("2 s budget").contains("chat.postMessage");
      assertThat(slackApi.posted()).isEmpty();
    }
  }

  private ServeEnv slackEnv() {
    return ServeEnv.in(temp, TestConfig.FAQ)
        .with("SLACK_BOT_TOKEN", SlackHarness.BOT_TOKEN)
        .with("SLACK_SIGNING_SECRET", SignedClient.SECRET)
        .with("SLACK_API_URL", slackApi.apiUrl());
  }
}

package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.delivery.RetryPolicy;
import com.partnershipbot.testing.LogCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Web API that fails in every recoverable way: 500 to the first 10 chat.postMessage calls, 429
 * with Retry-After: 1 to the next 10, then one call that hangs for 40 s after Slack took the
 * message. Every one of 50 mentions in one channel is still posted exactly once. The policy is the
 * production one with its times shrunk (back-off from 100 ms, a 2 s call timeout); Retry-After and
 * the hang are Slack's own.
 */
class ExactlyOnceTest {
  private static final RetryPolicy QUICK = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1),
      Duration.ofSeconds(120), Duration.ofSeconds(2));
  private static final String CHANNEL = "C0ONCE";
  private static final int MENTIONS = 50;
  private SlackHarness slack;
  private LogCapture log;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackHarness(QUICK);
    log = LogCapture.open();
  }

  @AfterEach
  void stop() throws Exception {
    log.close();
    slack.close();
  }

  @Test
  void everyMentionIsPostedExactlyOnceThroughServerErrorsRateLimitsAndAHang() throws Exception {
    for (int i = 0; i < 10; i++) {
      slack.slackApi.answerNext("chat.postMessage", 500, null);
    }
    for (int i = 0; i < 10; i++) {
      slack.slackApi.answerNext("chat.postMessage", 429, "1");
    }
    slack.slackApi.hangNext("chat.postMessage", Duration.ofSeconds(40));
    List<String> mentions = IntStream.range(0, MENTIONS).mapToObj(i -> String.format("1700001000.%06d", i)).toList();

    for (String ts : mentions) {
      assertThat(slack.client.event(Payloads.mention("Ev-once-" + ts, CHANNEL, ts, null, SignedClient.USER,
          "<@" + FakeSlackApi.BOT_USER_ID + "> is azure still exclusive?"), Map.of()).statusCode()).isEqualTo(200);
    }
    awaitNothingPending(Duration.ofSeconds(150));

    List<String> threads = slack.slackApi.posted().stream().filter(p -> CHANNEL.equals(p.channel()))
        .map(FakeSlackApi.Posted::threadTs).toList();
    assertThat(threads).containsExactlyInAnyOrderElementsOf(mentions);
    assertThat(slack.bot.failedReplies()).isZero();
    assertThat(slack.bot.sentReplies()).isEqualTo(MENTIONS);
    assertThat(log.lines()).filteredOn(line -> line.contains("confirmed delivered")).hasSize(1);
    assertThat(log.noise()).isEmpty();
  }

  @Test
  void aReplyThatMayHaveArrivedWhereTheReadBackSeesOnlyPartIsCountedLostNotRiskedTwice() throws Exception {
    slack.slackApi.stallNext("chat.postMessage", QUICK.callTimeout().multipliedBy(2));
    slack.slackApi.sayThereIsMoreHistory();

    assertThat(slack.client.event(Payloads.mention("Ev-busy-thread", CHANNEL, "1700001100.000100", null,
        SignedClient.USER, "<@" + FakeSlackApi.BOT_USER_ID + "> is azure still exclusive?"), Map.of()).statusCode())
        .isEqualTo(200);
    awaitNothingPending(Duration.ofSeconds(30));

    assertThat(slack.slackApi.calls("conversations.replies", c -> CHANNEL.equals(c.field("channel")))).hasSize(1);
    assertThat(slack.slackApi.calls("chat.postMessage", c -> CHANNEL.equals(c.field("channel")))).hasSize(1);
    assertThat(slack.bot.failedReplies()).isEqualTo(1);
    assertThat(log.lines()).filteredOn(line -> line.contains("reply lost")).singleElement().asString()
        .contains("possibly delivered");
  }

  private void awaitNothingPending(Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (slack.bot.pendingReplies() > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(slack.bot.pendingReplies()).as("replies still pending after " + limit.toSeconds() + " s").isZero();
  }
}

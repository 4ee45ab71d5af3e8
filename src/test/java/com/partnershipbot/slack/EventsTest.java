package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.testing.ClassHarness;
import com.partnershipbot.testing.LogCapture;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mentions, DMs, App Home and re-deliveries over real HTTP, with replies checked at the fake Web API. */
class EventsTest {
  private static final String BOT = FakeSlackApi.BOT_USER_ID;
  @RegisterExtension
  static final ClassHarness<SlackHarness> harness = ClassHarness.of(folder -> new SlackHarness());

  @Test
  void aTopLevelMentionIsAnsweredInAThreadUnderIt() throws Exception {
    send(Payloads.mention("Ev-top", "C0TOP", "1700000001.000100", null, SignedClient.USER,
        "<@" + BOT + "> is azure still exclusive?"));

    FakeSlackApi.Call post = postsTo("C0TOP", 1).get(0);
    assertThat(post.field("thread_ts")).isEqualTo("1700000001.000100");
    assertThat(post.field("text")).startsWith("Where the stateless APIs are hosted");
    assertThat(post.blocks().get(0).get("text").get("text").asText()).isEqualTo("Where the stateless APIs are hosted");
    assertThat(post.headers().get("authorization")).isEqualTo("Bearer " + SlackHarness.BOT_TOKEN);
  }

  @Test
  void aMentionInsideAThreadIsAnsweredInThatThread() throws Exception {
    send(Payloads.mention("Ev-thread", "C0THREAD", "1700000002.000200", "1700000002.000100", SignedClient.USER,
        "<@" + BOT + "> what about AGI?"));

    FakeSlackApi.Call post = postsTo("C0THREAD", 1).get(0);
    assertThat(post.field("thread_ts")).isEqualTo("1700000002.000100");
  }

  @Test
  void aBareMentionGetsTheTopicList() throws Exception {
    send(Payloads.mention("Ev-bare", "C0BARE", "1700000003.000100", null, SignedClient.USER, "<@" + BOT + ">"));

    FakeSlackApi.Call post = postsTo("C0BARE", 1).get(0);
    assertThat(SlashCommandTest.buttons(post.blocks(), "choices")).hasSize(harness.get().answers.topics().size());
  }

  @Test
  void aDirectMessageIsAnsweredInTheDm() throws Exception {
    send(Payloads.callback("Ev-dm", Payloads.directMessage("D0DM", "1700000004.000100", SignedClient.USER,
        "does microsoft keep a licence to the models?")));

    FakeSlackApi.Call post = postsTo("D0DM", 1).get(0);
    assertThat(post.field("thread_ts")).isNull();
    assertThat(post.blocks().get(0).get("text").get("text").asText()).isEqualTo("The licence to the models");
  }

  @Test
  void theBotsOwnMessagesOtherBotsAndEditsAreNeverAnswered() throws Exception {
    ObjectNode own = Payloads.directMessage("D0QUIET", "1700000005.000100", BOT, "Where the stateless APIs are hosted");
    own.put("bot_id", FakeSlackApi.BOT_ID);
    ObjectNode otherBot = Payloads.directMessage("D0QUIET", "1700000005.000200", "U0OTHERBOT", "is azure exclusive?");
    otherBot.put("bot_id", "B0OTHER");
    ObjectNode edit = Payloads.directMessage("D0QUIET", "1700000005.000300", SignedClient.USER, "is azure exclusive?");
    edit.put("subtype", "message_changed");

    send(Payloads.callback("Ev-own", own));
    send(Payloads.callback("Ev-other-bot", otherBot));
    send(Payloads.callback("Ev-edit", edit));
    harness.get().awaitRepliesSent();

    assertThat(harness.get().slackApi.calls("chat.postMessage", c -> "D0QUIET".equals(c.field("channel")))).isEmpty();
  }

  @Test
  void aRedeliveredEventIsAnsweredOnce() throws Exception {
    String body = Payloads.mention("Ev-retried", "C0RETRY", "1700000006.000100", null, SignedClient.USER,
        "<@" + BOT + "> is azure still exclusive?");

    send(body);
    HttpResponse<String> retry = harness.get().client.event(body, Map.of("X-Slack-Retry-Num", "1",
        "X-Slack-Retry-Reason", "http_timeout"));
    assertThat(retry.statusCode()).isEqualTo(200);
    send(Payloads.mention("Ev-after-retry", "C0RETRY", "1700000006.000200", null, SignedClient.USER,
        "<@" + BOT + "> what about AGI?"));
    harness.get().awaitRepliesSent();

    assertThat(postsTo("C0RETRY", 2)).extracting(c -> c.field("thread_ts"))
        .containsExactlyInAnyOrder("1700000006.000100", "1700000006.000200");
  }

  @Test
  void whatAnEventLogsCarriesThePlatformAndTheEventId() throws Exception {
    String body = Payloads.mention("Ev-logged", "C0LOGGED", "1700000007.000100", null, SignedClient.USER,
        "<@" + BOT + "> is azure still exclusive?");
    send(body);
    try (LogCapture log = LogCapture.open()) {
      harness.get().client.event(body, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

      assertThat(log.events()).filteredOn(e -> e.getFormattedMessage().contains("Ev-logged"))
          .singleElement().satisfies(e -> assertThat(e.getMDCPropertyMap())
              .containsEntry("platform", "slack").containsEntry("event_id", "Ev-logged"));
    }
  }

  @Test
  void aRateLimitedReplyIsSentAfterRetryAfter() throws Exception {
    harness.get().slackApi.answerNext("chat.postMessage", 429, "1");
    long failedBefore = harness.get().bot.failedReplies();

    send(Payloads.mention("Ev-429", "C0LIMIT", "1700000007.000100", null, SignedClient.USER,
        "<@" + BOT + "> is azure still exclusive?"));

    List<FakeSlackApi.Call> attempts = postsTo("C0LIMIT", 2);
    assertThat(attempts).hasSize(2);
    harness.get().awaitRepliesSent();
    assertThat(harness.get().bot.failedReplies()).isEqualTo(failedBefore);
    assertThat(postsTo("C0LIMIT", 2)).hasSize(2);
  }

  @Test
  void openingAppHomePublishesTheTopicsAndUsage() throws Exception {
    send(Payloads.homeOpened("Ev-home", "U0HOME"));

    FakeSlackApi.Call publish = harness.get().slackApi.await("views.publish", c -> "U0HOME".equals(c.field("user_id")), 1).get(0);
    String view = publish.field("view");
    assertThat(view).contains("\"type\":\"home\"").contains("/partnership is Azure still exclusive?");
    harness.get().answers.topics().forEach(topic -> assertThat(view).contains(topic.id()));
  }

  @Test
  void aRelatedTopicClickedInAThreadIsAnsweredInThatThread() throws Exception {
    HttpResponse<String> click = harness.get().client.action(Payloads.click("topic:compute", "related", "compute", false,
        "1700000008.000100", "message", harness.get().slackApi.responseUrl("related-thread")));

    assertThat(click.statusCode()).isEqualTo(200);
    FakeSlackApi.Call post = postsTo(SignedClient.CHANNEL, 1).get(0);
    assertThat(post.field("thread_ts")).isEqualTo("1700000008.000100");
    assertThat(post.blocks().get(0).get("text").get("text").asText()).isEqualTo("Compute from other providers");
  }

  @Test
  void aRelatedTopicUnderATopLevelAnswerIsPostedInTheChannel() throws Exception {
    harness.get().client.action(Payloads.click("topic:model-licence", "related", "model-licence", false, null, "message",
        harness.get().slackApi.responseUrl("related-top")));

    FakeSlackApi.Call post = harness.get().slackApi.await("/response/related-top", c -> true, 1).get(0);
    assertThat(post.field("response_type")).isEqualTo("in_channel");
    assertThat(post.field("replace_original")).isEqualTo("false");
    assertThat(post.blocks().get(0).get("text").get("text").asText()).isEqualTo("The licence to the models");
  }

  @Test
  void aTopicChosenInAppHomeArrivesAsADirectMessage() throws Exception {
    harness.get().client.action(Payloads.click("topic:agi-clause", "choices", "agi-clause", false, null, "view",
        harness.get().slackApi.responseUrl("home-click")));

    FakeSlackApi.Call post = postsTo(SignedClient.USER, 1).get(0);
    assertThat(post.blocks().get(0).get("text").get("text").asText()).isEqualTo("Who declares AGI");
  }

  @Test
  void urlVerificationEchoesTheChallenge() throws Exception {
    HttpResponse<String> response = harness.get().client.event(
        "{\"token\":\"unused\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
            + "\"type\":\"url_verification\"}", Map.of());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  }

  private static void send(String body) throws Exception {
    HttpResponse<String> response = harness.get().client.event(body, Map.of());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private static List<FakeSlackApi.Call> postsTo(String channel, int count) throws InterruptedException {
    return harness.get().slackApi.await("chat.postMessage", c -> channel.equals(c.field("channel")), count);
  }
}

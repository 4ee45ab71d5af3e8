package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.FeedbackTally;
import com.partnershipbot.answering.Json;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.RecentDeliveries;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.platform.PlatformServices;
import com.partnershipbot.platform.ReplyCounters;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against a loopback stand-in of Slack's Socket Mode server: apps.connections.open on
 * the fake Web API hands out its ws:// URL, it says hello, then sends envelopes as Slack does.
 */
class SocketModeTest {
  private static final String APP_TOKEN = "xapp-1-A0001-0000-fakeapptoken";

  private FakeSlackApi slackApi;
  private FakeSocketMode socket;
  private SlackBot bot;

  @BeforeEach
  void connect() throws Exception {
    slackApi = new FakeSlackApi();
    socket = new FakeSocketMode();
    slackApi.openConnectionsAt(socket.url());
    AnswerService answers = new AnswerService(LiveConfig.load(TestConfig.FAQ, new ConfigLoader(), TestMatching.factory()));
    PlatformServices services = new PlatformServices(answers, new FeedbackTally(),
        (platform, user, arguments) -> AdminMessage.saying(AdminMessage.Text.plain("ok")), new RecentDeliveries(),
        ReplyCounters.NONE);
    bot = new SlackBot(new SlackSettings(SlackHarness.BOT_TOKEN, null, APP_TOKEN, slackApi.apiUrl()), services);
    bot.start();
    Poll.until("the app connects to the Socket Mode stand-in", socket::connected);
  }

  @AfterEach
  void close() throws Exception {
    bot.close();
    socket.close();
    slackApi.close();
  }

  @Test
  void aMentionEnvelopeIsAcknowledgedByItsIdAndAnsweredInItsThread() {
    socket.sendEvent("env-mention-1", Payloads.mention("Ev-socket-1", "C0SOCKET", "1700000010.000100", null,
        SignedClient.USER, "<@" + FakeSlackApi.BOT_USER_ID + "> is azure still exclusive?"));

    JsonNode ack = Poll.value("the acknowledgement of env-mention-1", () -> socket.ackOf("env-mention-1"),
        found -> found != null);
    assertThat(ack.path("envelope_id").asText()).isEqualTo("env-mention-1");
    FakeSlackApi.Posted answer = Poll.value("the answer in C0SOCKET", () -> slackApi.posted().stream()
        .filter(post -> post.channel().equals("C0SOCKET")).findFirst().orElse(null), found -> found != null);
    assertThat(answer.threadTs()).isEqualTo("1700000010.000100");
    assertThat(slackApi.calls("chat.postMessage", call -> "C0SOCKET".equals(call.field("channel"))).get(0)
        .field("text")).startsWith("Where the stateless APIs are hosted");
  }

  @Test
  void aSlashCommandEnvelopeIsAcknowledgedWithTheAnswerInItsPayload() {
    socket.sendSlashCommand("env-command-1", command("is Azure still exclusive?"));

    JsonNode ack = Poll.value("the acknowledgement of env-command-1", () -> socket.ackOf("env-command-1"),
        found -> found != null);
    assertThat(ack.path("payload").path("response_type").asText()).isEqualTo("in_channel");
    assertThat(ack.path("payload").path("text").asText()).startsWith("Where the stateless APIs are hosted");
  }

  @Test
  void aDroppedSocketIsReconnectedAndTheNextEnvelopeAnswered() {
    socket.dropConnections();
    Poll.until("a second connection", () -> socket.connectionsOpened() >= 2 && socket.connected());

    socket.sendSlashCommand("env-after-drop", command("is Azure still exclusive?"));

    JsonNode ack = Poll.value("the acknowledgement after the reconnect", () -> socket.ackOf("env-after-drop"),
        found -> found != null);
    assertThat(ack.path("payload").path("text").asText()).startsWith("Where the stateless APIs are hosted");
    assertThat(slackApi.calls("apps.connections.open", call -> true)).hasSizeGreaterThanOrEqualTo(2);
  }

  private ObjectNode command(String text) {
    return Json.MAPPER.createObjectNode().put("token", "unused").put("team_id", "T0001").put("team_domain", "example")
        .put("channel_id", SignedClient.CHANNEL).put("channel_name", "general").put("user_id", SignedClient.USER)
        .put("user_name", "asker").put("command", "/partnership").put("text", text).put("api_app_id", "A0001")
        .put("response_url", slackApi.responseUrl("socket")).put("trigger_id", "1.2.3");
  }
}

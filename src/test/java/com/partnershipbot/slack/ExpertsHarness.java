package com.partnershipbot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.FeedbackTally;
import com.partnershipbot.answering.Json;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.ConversationMemory;
import com.partnershipbot.answering.RecentDeliveries;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.platform.PlatformServices;
import com.partnershipbot.platform.ReplyCounters;
import com.partnershipbot.server.BotServer;
import com.partnershipbot.server.Route;
import com.partnershipbot.storage.DatabaseSettings;
import com.partnershipbot.storage.Storage;
import com.partnershipbot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jetty.server.Server;

/**
 * Slack with the experts: the fixture FAQ whose bot.yml names C0EXPERTS, real storage (H2 in the
 * test's folder), a clock the test moves, the loopback Web API and a real Jetty on port 0.
 */
final class ExpertsHarness implements AutoCloseable {
  static final Path CONFIG = Path.of("src/test/resources/configs/with-experts");
  static final String EXPERTS = "C0EXPERTS";
  static final String EXPERT = "UEXPERT01";

  final FakeSlackApi slackApi;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
  final Storage storage;
  final ExpertDesk desk;
  final SlackBot bot;
  final SignedClient client;
  private final Server server;

  ExpertsHarness(Path folder) throws Exception {
    this(folder, CONFIG);
  }

  ExpertsHarness(Path folder, Path config) throws Exception {
    slackApi = new FakeSlackApi();
    LiveConfig live = LiveConfig.load(config, new ConfigLoader(), TestMatching.factory());
    storage = Storage.open(DatabaseSettings.embedded(folder.resolve("data")), () -> live.get().knowledge().settings(),
        clock);
    desk = new ExpertDesk(() -> live.get().knowledge().settings(), storage.tickets(), storage.deliveries(), clock);
    SlackSettings settings = new SlackSettings(SlackHarness.BOT_TOKEN, SignedClient.SECRET, null, slackApi.apiUrl());
    bot = new SlackBot(settings, new PlatformServices(new AnswerService(live), new FeedbackTally(),
        AdminConsole.UNAVAILABLE, new RecentDeliveries(), ReplyCounters.NONE, ConversationMemory.inMemory(), desk));
    bot.start();
    server = BotServer.newServer(0, List.of(new Route(SlackBot.EVENTS_PATH, bot.routes().get(SlackBot.EVENTS_PATH))));
    server.start();
    client = new SignedClient("http://127.0.0.1:" + BotServer.port(server), SignedClient.SECRET);
  }

  /** A click on one of the experts' buttons, by {@code user}, on a message in {@code channel}. */
  static String click(String user, String actionId, String value, String channel, String threadTs, boolean ephemeral,
      String responseUrl) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("type", "block_actions").put("api_app_id", "A0001")
        .put("token", "unused").put("trigger_id", "trigger-" + user).put("response_url", responseUrl);
    body.putObject("team").put("id", "T0001").put("domain", "example");
    body.putObject("user").put("id", user).put("username", name(user)).put("name", name(user)).put("team_id", "T0001");
    ObjectNode container = body.putObject("container").put("type", "message")
        .put("message_ts", "1700000000.000900").put("channel_id", channel).put("is_ephemeral", ephemeral);
    if (threadTs != null) {
      container.put("thread_ts", threadTs);
    }
    body.putObject("channel").put("id", channel).put("name", "somewhere");
    body.putArray("actions").addObject().put("type", "button").put("action_id", actionId).put("block_id", "b")
        .put("value", value).put("action_ts", "1700000000.000950");
    return Json.write(body);
  }

  /** The answer form submitted by {@link #EXPERT}, with the private_metadata views.open was given. */
  static String submission(String privateMetadata, String answer) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("type", "view_submission").put("api_app_id", "A0001")
        .put("token", "unused").put("trigger_id", "trigger-submit");
    body.putObject("team").put("id", "T0001").put("domain", "example");
    body.putObject("user").put("id", EXPERT).put("username", name(EXPERT)).put("name", name(EXPERT))
        .put("team_id", "T0001");
    ObjectNode view = body.putObject("view").put("id", "V0001").put("team_id", "T0001").put("type", "modal")
        .put("callback_id", ExpertBlocks.FORM).put("private_metadata", privateMetadata).put("hash", "h1");
    ObjectNode input = view.putObject("state").putObject("values").putObject(ExpertBlocks.ANSWER_BLOCK)
        .putObject(ExpertBlocks.ANSWER_INPUT).put("type", "plain_text_input");
    if (answer != null) {
      input.put("value", answer);
    }
    return Json.write(body);
  }

  static String name(String user) {
    return EXPERT.equals(user) ? "dana.expert" : "sam.asker";
  }

  void awaitRepliesSent() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (bot.pendingReplies() > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
  }

  @Override
  public void close() throws Exception {
    server.stop();
    bot.close();
    storage.close();
    slackApi.close();
  }
}

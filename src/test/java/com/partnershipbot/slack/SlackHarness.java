package com.partnershipbot.slack;

import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminMessage.Text;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.FeedbackTally;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.RecentDeliveries;
import com.partnershipbot.delivery.RetryPolicy;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.platform.PlatformServices;
import com.partnershipbot.platform.ReplyCounters;
import com.partnershipbot.server.BotServer;
import com.partnershipbot.server.Route;
import com.partnershipbot.testing.TestConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Server;

/**
 * The Slack module, answering from the small fixture FAQ, on a real Jetty server (port 0) with a loopback fake of Slack's Web API, and
 * the in-memory tally, delivery log and a recording admin console plugged in where storage would go.
 */
final class SlackHarness implements AutoCloseable {
  static final String BOT_TOKEN = "xoxb-0000000000-test-bot-token";

  final FakeSlackApi slackApi;
  final FeedbackTally tally = new FeedbackTally();
  final List<String> adminCommands = new CopyOnWriteArrayList<>();
  final AnswerService answers;
  final SlackBot bot;
  final SignedClient client;
  private final Server server;

  SlackHarness() throws Exception {
    this(TestConfig.FAQ);
  }

  /** The same, answering from the config in {@code configDir}. */
  SlackHarness(Path configDir) throws Exception {
    this(configDir, RetryPolicy.DEFAULT);
  }

  /** With replies retried under this policy (shorter times keep fault tests quick). */
  SlackHarness(RetryPolicy retries) throws Exception {
    this(TestConfig.FAQ, retries);
  }

  private SlackHarness(Path configDir, RetryPolicy retries) throws Exception {
    slackApi = new FakeSlackApi();
    answers = new AnswerService(LiveConfig.load(configDir, new ConfigLoader(), TestMatching.factory()));
    AdminConsole console = (platform, user, arguments) -> {
      adminCommands.add(platform.label() + " " + user + " " + arguments);
      return AdminMessage.saying(Text.plain("Config version ").thenCode("abc123").then(", 14 answers. <!channel> stays text."));
    };
    SlackSettings settings = new SlackSettings(BOT_TOKEN, SignedClient.SECRET, null, slackApi.apiUrl());
    bot = new SlackBot(settings, new PlatformServices(answers, tally, console, new RecentDeliveries(), ReplyCounters.NONE),
        retries);
    bot.start();
    server = BotServer.newServer(0, List.of(new Route(SlackBot.EVENTS_PATH, bot.routes().get(SlackBot.EVENTS_PATH))));
    server.start();
    client = new SignedClient("http://127.0.0.1:" + BotServer.port(server), SignedClient.SECRET);
  }

  /** Polls until no reply is waiting to be sent (up to 10 s): whatever the bot queued has reached the fake. */
  void awaitRepliesSent() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (bot.pendingReplies() > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
  }

  @Override
  public void close() throws Exception {
    server.stop();
    bot.close();
    slackApi.close();
  }
}

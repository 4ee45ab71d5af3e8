package com.partnershipbot.server;

import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.FeedbackTally;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.RecentDeliveries;
import com.partnershipbot.env.Env;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.InvalidConfigException;
import com.partnershipbot.slack.SlackBot;
import com.partnershipbot.slack.SlackSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running bot: config, answering, the platform adapters the environment enables, and the server. */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final Server server;
  private final LiveConfig config;
  private final List<AutoCloseable> closeables;

  private Application(Server server, LiveConfig config, List<AutoCloseable> closeables) {
    this.server = server;
    this.config = config;
    this.closeables = closeables;
  }

  /** Builds everything from the environment and starts serving; settings problems fail here. */
  public static Application start(Env env) throws Exception {
    int port = env.port("PORT", 3000);
    Path configDir = Path.of(env.get("BOT_CONFIG_DIR", "./bot-config"));
    LiveConfig config = loadConfig(configDir);
    AnswerService answers = new AnswerService(config);
    List<Route> routes = new ArrayList<>();
    List<AutoCloseable> closeables = new ArrayList<>();
    routes.add(new Route("/healthz", new HealthServlet(config)));
    boolean anyPlatform = false;
    // --- Slack ---
    Optional<SlackSettings> slackSettings = SlackSettings.from(env);
    if (slackSettings.isPresent()) {
      SlackBot slack = new SlackBot(slackSettings.get(), answers, new FeedbackTally(), AdminConsole.UNAVAILABLE,
          new RecentDeliveries()).start();
      closeables.add(slack);
      slack.servlet().ifPresent(servlet -> routes.add(new Route(SlackBot.EVENTS_PATH, servlet)));
      LOG.info(slack.description());
      anyPlatform = true;
    }
    // --- end Slack ---
    if (!anyPlatform) {
      routes.add(new Route("/api/ask", new AskServlet(answers)));
      LOG.info("Local mode: Slack is disabled (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or add SLACK_APP_TOKEN "
          + "for Socket Mode, to enable it). Try GET /api/ask?q=is+azure+still+exclusive");
    }
    Server server = BotServer.newServer(port, routes);
    server.start();
    LOG.info("Partnership Bot is serving {} answers (config {}) on port {}",
        config.get().knowledge().entries().size(), config.get().knowledge().version(), BotServer.port(server));
    return new Application(server, config, closeables);
  }

  private static LiveConfig loadConfig(Path dir) throws InvalidConfigException {
    return LiveConfig.load(dir, new ConfigLoader());
  }

  public int port() {
    return BotServer.port(server);
  }

  public LiveConfig config() {
    return config;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops gracefully: requests in flight finish, then the adapters flush what they queued. */
  @Override
  public void close() throws Exception {
    server.stop();
    for (int i = closeables.size() - 1; i >= 0; i--) {
      closeables.get(i).close();
    }
  }
}

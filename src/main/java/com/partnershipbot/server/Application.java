package com.partnershipbot.server;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.RecentDeliveries;
import com.partnershipbot.env.Env;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.slack.SlackApiCounters;
import com.partnershipbot.slack.SlackBot;
import com.partnershipbot.slack.SlackSettings;
import com.partnershipbot.teams.TeamsEndpoints;
import java.nio.file.Path;
import java.time.Clock;
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
    Optional<SlackSettings> slackSettings = SlackSettings.from(env);
    TeamsEndpoints.checkSettings(env);
    Path configDir = Path.of(env.get("BOT_CONFIG_DIR", "./bot-config"));
    LiveConfig config = LiveConfig.load(configDir, new ConfigLoader(),
        MatcherFactory.withEncoder(Optional.of(Path.of(env.get("DATA_DIR", "./data")))));
    List<Route> routes = new ArrayList<>();
    List<AutoCloseable> closeables = new ArrayList<>();
    // Admin loop: records, metrics, live reload and admin commands. Adapters use admin.feedbackListener(),
    // admin.adminConsole(), admin.notifyAdminsThrough(notifier), admin.sharedDeliveries(), admin.metrics().
    AdminLoop admin = AdminLoop.start(env, config, Clock.systemUTC());
    closeables.add(admin);
    routes.add(new Route("/metrics", new MetricsServlet(admin.metrics())));
    AnswerService answers = new AnswerService(config, admin.askListener());
    // End of admin loop wiring.
    routes.add(new Route("/healthz", new HealthServlet(config)));
    boolean anyPlatform = false;
    // --- Slack ---
    if (slackSettings.isPresent()) {
      SlackBot slack = new SlackBot(slackSettings.get(), answers, admin.feedbackListener(), admin.adminConsole(),
          admin.sharedDeliveries().orElseGet(RecentDeliveries::new)).countWith(slackCounters(admin)).start();
      closeables.add(slack);
      admin.notifyAdminsThrough(slack.adminNotifier());
      slack.servlet().ifPresent(servlet -> routes.add(new Route(SlackBot.EVENTS_PATH, servlet)));
      LOG.info(slack.description());
      anyPlatform = true;
    }
    // --- end Slack ---
    // --- Microsoft Teams: /api/messages (Azure Bot) and /api/teams-webhook (outgoing webhook), as configured ---
    TeamsEndpoints teams = TeamsEndpoints.fromEnv(env, answers, admin.feedbackListener());
    teams.servlets().forEach((path, servlet) -> routes.add(new Route(path, servlet)));
    closeables.add(teams);
    anyPlatform |= teams.isEnabled();
    // --- end Microsoft Teams ---
    if (!anyPlatform) {
      routes.add(new Route("/api/ask", new AskServlet(answers)));
      LOG.info("Local mode: Slack and Teams are disabled. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (add "
          + "SLACK_APP_TOKEN for Socket Mode) to enable Slack, or TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID "
          + "for Teams. Meanwhile try GET /api/ask?q=is+azure+still+exclusive");
    }
    Server server = BotServer.newServer(port, routes);
    try {
      server.start();
    } catch (Exception e) {
      closeAll(closeables);
      throw e;
    }
    LOG.info("Partnership Bot is serving {} answers (config {}) on port {}",
        config.get().knowledge().entries().size(), config.get().knowledge().version(), BotServer.port(server));
    return new Application(server, config, closeables);
  }

  private static SlackApiCounters slackCounters(AdminLoop admin) {
    return new SlackApiCounters() {
      @Override
      public void retried(String method) {
        admin.metrics().slackApiRetry(method);
      }

      @Override
      public void lost(String method) {
        admin.metrics().slackApiError(method, "reply_lost");
      }
    };
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
    closeAll(closeables);
  }

  private static void closeAll(List<AutoCloseable> closeables) throws Exception {
    for (int i = closeables.size() - 1; i >= 0; i--) {
      closeables.get(i).close();
    }
  }
}

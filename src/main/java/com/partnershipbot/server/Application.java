package com.partnershipbot.server;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.RecentDeliveries;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.metrics.BotMetrics;
import com.partnershipbot.platform.PlatformAdapter;
import com.partnershipbot.platform.PlatformServices;
import com.partnershipbot.platform.PlatformSettings;
import com.partnershipbot.platform.ReplyCounters;
import com.partnershipbot.tryit.TryIt;
import com.partnershipbot.tryit.Unanswered;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running bot: config, answering, the platforms its settings enable, and the server. */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final Duration UNANSWERED_LOOKBACK = Duration.ofDays(30);
  private static final int UNANSWERED_SHOWN = 5;

  private final Server server;
  private final LiveConfig config;
  private final List<AutoCloseable> closeables;

  private Application(Server server, LiveConfig config, List<AutoCloseable> closeables) {
    this.server = server;
    this.config = config;
    this.closeables = closeables;
  }

  /** Builds everything from the settings and starts serving; a refused credential or a taken port fails here. */
  public static Application start(ServeSettings settings) throws Exception {
    PortCheck.ensureFree(settings.port());
    return startOnFreePort(settings, MatcherFactory.withEncoder(Optional.of(settings.dataDir())));
  }

  /** With a matcher factory made elsewhere (tests share one encoder). */
  public static Application start(ServeSettings settings, MatcherFactory matching) throws Exception {
    PortCheck.ensureFree(settings.port());
    return startOnFreePort(settings, matching);
  }

  private static Application startOnFreePort(ServeSettings settings, MatcherFactory matching) throws Exception {
    LiveConfig config = LiveConfig.load(settings.configDir(), new ConfigLoader(), matching);
    List<AutoCloseable> closeables = new ArrayList<>();
    try {
      AdminLoop admin = AdminLoop.start(settings.database(), config, Clock.systemUTC());
      closeables.add(admin);
      AnswerService answers = new AnswerService(config, admin.askListener());
      List<PlatformAdapter> platforms = startPlatforms(settings.platforms(), admin, answers, closeables);
      TryIt tryIt = new TryIt(settings.tryPage(), settings.localMode(), answers, config, unanswered(admin));
      Server server = BotServer.newServer(settings.port(), routes(config, admin, platforms, tryIt));
      server.start();
      LOG.info("Partnership Bot is serving {} answers (config {} from {}) on port {}; records and vectors in {}",
          config.get().knowledge().entries().size(), config.get().knowledge().version(),
          settings.configDir().toAbsolutePath().normalize(), BotServer.port(server),
          settings.dataDir().toAbsolutePath().normalize());
      return new Application(server, config, closeables);
    } catch (Exception e) {
      closeAll(closeables);
      throw PortCheck.explained(e, settings.port());
    }
  }

  /** What every platform is given: answers, the admin loop's listeners and console, and the metrics. */
  private static PlatformServices services(AdminLoop admin, AnswerService answers) {
    return new PlatformServices(answers, admin.feedbackListener(), admin.adminConsole(),
        admin.sharedDeliveries().orElseGet(RecentDeliveries::new), counters(admin.metrics()));
  }

  /** Creates and starts each configured platform; from then on refused configs are told to its admins. */
  private static List<PlatformAdapter> startPlatforms(List<PlatformSettings> configured, AdminLoop admin,
      AnswerService answers, List<AutoCloseable> closeables) {
    PlatformServices services = services(admin, answers);
    List<PlatformAdapter> platforms = new ArrayList<>();
    for (PlatformSettings settings : configured) {
      PlatformAdapter platform = settings.create(services);
      closeables.add(platform);
      platform.start();
      platform.adminNotifier().ifPresent(admin::notifyAdminsThrough);
      platforms.add(platform);
      LOG.info(platform.description());
    }
    return platforms;
  }

  private static List<Route> routes(LiveConfig config, AdminLoop admin, List<PlatformAdapter> platforms,
      TryIt tryIt) {
    List<Route> routes = new ArrayList<>();
    routes.add(new Route("/metrics", new MetricsServlet(admin.metrics())));
    routes.add(new Route("/healthz", new HealthServlet(config)));
    platforms.forEach(platform -> platform.routes().forEach((path, servlet) -> routes.add(new Route(path, servlet))));
    tryIt.routes().forEach((path, servlet) -> routes.add(new Route(path, servlet)));
    LOG.info(tryIt.description());
    if (platforms.isEmpty()) {
      LOG.info("Local mode: Slack and Teams are disabled. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (add "
          + "SLACK_APP_TOKEN for Socket Mode) to enable Slack, or TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID "
          + "for Teams. Meanwhile open the try-it page at / or try GET /api/ask?q=is+azure+still+exclusive");
    }
    return routes;
  }

  /** The questions most often left unanswered in the last 30 days, for the try-it page; none while records are down. */
  private static Supplier<List<Unanswered>> unanswered(AdminLoop admin) {
    return () -> {
      try {
        return admin.storage().insights().unanswered(Instant.now().minus(UNANSWERED_LOOKBACK), UNANSWERED_SHOWN)
            .stream().map(q -> new Unanswered(q.text(), q.times())).toList();
      } catch (RuntimeException e) {
        LOG.warn("The try-it page cannot read the unanswered questions: {}", e.getMessage());
        return List.of();
      }
    };
  }

  private static ReplyCounters counters(BotMetrics metrics) {
    return new ReplyCounters() {
      @Override
      public void retried(String platform, String method) {
        metrics.apiRetry(platform, method);
      }

      @Override
      public void lost(String platform, String method) {
        metrics.apiError(platform, method, "reply_lost");
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

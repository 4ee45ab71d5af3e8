package com.partnershipbot.server;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.metrics.BotMetrics;
import com.partnershipbot.platform.PlatformAdapter;
import com.partnershipbot.platform.PlatformServices;
import com.partnershipbot.platform.PlatformSettings;
import com.partnershipbot.platform.ReplyCounters;
import com.partnershipbot.storage.Storage;
import com.partnershipbot.tryit.TryIt;
import com.partnershipbot.tryit.Unanswered;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
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
  private final Readiness readiness;
  private final Duration drainDelay;

  private Application(Server server, LiveConfig config, List<AutoCloseable> closeables, Readiness readiness,
      Duration drainDelay) {
    this.server = server;
    this.config = config;
    this.closeables = closeables;
    this.readiness = readiness;
    this.drainDelay = drainDelay;
  }

  /**
   * Starts listening (probes only: /readyz says 503), loads the encoder, the config and the
   * platforms, then serves every route; a refused credential or a taken port fails here. The
   * encoders and the database start loading at once, on threads of their own, beside the server;
   * a start that fails waits for both to finish first, so nothing writes into the data directory
   * after it.
   */
  public static Application start(ServeSettings settings) throws Exception {
    PortCheck.ensureFree(settings.port());
    MatcherFactory loading = MatcherFactory.withEncoder(Optional.of(settings.dataDir()));
    try {
      return startOnFreePort(settings, () -> loading);
    } catch (Exception e) {
      loading.settle();
      throw e;
    }
  }

  /** With a matcher factory made elsewhere (tests share one encoder). */
  public static Application start(ServeSettings settings, MatcherFactory matching) throws Exception {
    return start(settings, () -> matching);
  }

  /** With the encoder loaded by {@code matching} once the port is open. */
  public static Application start(ServeSettings settings, Supplier<MatcherFactory> matching) throws Exception {
    PortCheck.ensureFree(settings.port());
    return startOnFreePort(settings, matching);
  }

  private static Application startOnFreePort(ServeSettings settings, Supplier<MatcherFactory> matching)
      throws Exception {
    Readiness readiness = new Readiness();
    AtomicReference<LiveConfig> loaded = new AtomicReference<>();
    CompletableFuture<Storage> storage = openInBackground(settings, loaded);
    Server server = BotServer.newServer(settings.port(), probesWhileStarting(readiness));
    List<AutoCloseable> closeables = new ArrayList<>();
    try {
      server.start();
      LOG.info("Listening at port {}; not ready until the config and the sentence encoder are loaded",
          BotServer.port(server));
      loaded.set(LiveConfig.load(settings.configDir(), new ConfigLoader(), matching.get()));
      AdminLoop admin = AdminLoop.start(opened(storage), loaded.get(), Clock.systemUTC(), settings.watchConfig());
      closeables.add(admin);
      LiveConfig config = admin.config();
      AnswerService answers = new AnswerService(config, admin.askListener());
      List<PlatformAdapter> platforms = startPlatforms(settings, admin, answers, closeables);
      TryIt tryIt = new TryIt(settings.tryPage(), settings.localMode(), answers, config, unanswered(admin));
      BotServer.replaceRoutes(server, routes(config, admin, platforms, readiness, tryIt));
      ServerMetrics.bind(server, admin.metrics().registry());
      readiness.serving();
      LOG.info("Partnership Bot is serving {} answers (config {} from {}) on port {}; records and vectors in {}",
          config.get().knowledge().entries().size(), config.get().knowledge().version(),
          settings.configDir().toAbsolutePath().normalize(), BotServer.port(server),
          settings.dataDir().toAbsolutePath().normalize());
      return new Application(server, config, closeables, readiness, settings.drainDelay());
    } catch (Exception e) {
      server.stop();
      if (closeables.isEmpty()) {
        closeWhenOpen(storage);
      }
      closeAll(closeables);
      throw PortCheck.explained(e, settings.port());
    }
  }

  /**
   * The database (migrations included) opens on a thread of its own from the start, while the
   * encoders load on theirs and this one starts the server and reads the config.
   */
  private static CompletableFuture<Storage> openInBackground(ServeSettings settings,
      AtomicReference<LiveConfig> config) {
    return CompletableFuture.supplyAsync(
        () -> Storage.open(settings.database(), () -> config.get().get().knowledge().settings(), Clock.systemUTC()),
        runnable -> daemon("database-opener", runnable).start());
  }

  /**
   * Waits for the database to open, then closes it, when the start failed before the admin loop
   * took it over; a failed start leaves nothing writing into the data directory.
   */
  private static void closeWhenOpen(CompletableFuture<Storage> storage) {
    storage.handle((opened, failure) -> {
      if (opened != null) {
        opened.close();
      }
      return null;
    }).join();
  }

  private static Thread daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    return thread;
  }

  /** The opened database, or what failed to open it (a missing variable, an unreachable server). */
  private static Storage opened(CompletableFuture<Storage> storage) throws Exception {
    try {
      return storage.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static List<Route> probesWhileStarting(Readiness readiness) {
    return List.of(new Route("/healthz", new LiveServlet()), new Route("/readyz", new ReadyServlet(readiness)),
        new Route("/*", new StartingServlet()));
  }

  /**
   * What every platform is given: answers, the admin loop's listeners and console, and the metrics.
   * Deliveries are claimed in the database whenever there is one (an H2 file several processes may
   * open, or PostgreSQL), so instances sharing it answer each delivery once.
   */
  private static PlatformServices services(AdminLoop admin, AnswerService answers, ServeSettings settings) {
    return new PlatformServices(answers, admin.feedbackListener(), admin.adminConsole(),
        admin.storage().deliveries(), counters(admin.metrics()), admin.storage().conversations(), admin.experts(),
        settings.replyRetries());
  }

  /** Creates and starts each configured platform; from then on refused configs are told to its admins. */
  private static List<PlatformAdapter> startPlatforms(ServeSettings settings, AdminLoop admin,
      AnswerService answers, List<AutoCloseable> closeables) {
    PlatformServices services = services(admin, answers, settings);
    List<PlatformAdapter> platforms = new ArrayList<>();
    for (PlatformSettings configured : settings.platforms()) {
      PlatformAdapter platform = configured.create(services);
      closeables.add(platform);
      platform.start();
      platform.adminNotifier().ifPresent(admin::notifyAdminsThrough);
      platforms.add(platform);
      LOG.info(platform.description());
    }
    return platforms;
  }

  private static List<Route> routes(LiveConfig config, AdminLoop admin, List<PlatformAdapter> platforms,
      Readiness readiness, TryIt tryIt) {
    List<Route> routes = new ArrayList<>();
    routes.add(new Route("/readyz", new ReadyServlet(readiness)));
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

  /** Starting, ready, or draining (as /readyz tells it). */
  public Readiness.State state() {
    return readiness.state();
  }

  /**
   * Stops gracefully: /readyz says 503 at once while everything is still answered for the drain
   * delay (so a load balancer stops sending first), then requests in flight finish and the adapters
   * flush what they queued.
   */
  @Override
  public void close() throws Exception {
    readiness.draining();
    if (!drainDelay.isZero()) {
      LOG.info("Draining: /readyz says 503; still answering for {} s", drainDelay.toSeconds());
      Thread.sleep(drainDelay.toMillis());
    }
    server.stop();
    closeAll(closeables);
  }

  private static void closeAll(List<AutoCloseable> closeables) throws Exception {
    for (int i = closeables.size() - 1; i >= 0; i--) {
      closeables.get(i).close();
    }
  }
}

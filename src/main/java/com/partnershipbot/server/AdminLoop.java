package com.partnershipbot.server;

import com.partnershipbot.admin.AdminCommands;
import com.partnershipbot.admin.ConfigNotices;
import com.partnershipbot.admin.ConfigWatcher;
import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.AdminNotifier;
import com.partnershipbot.answering.AskListener;
import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.metrics.BotMetrics;
import com.partnershipbot.storage.DatabaseSettings;
import com.partnershipbot.storage.Storage;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps the answers current, wired together: records (H2 or PostgreSQL), metrics, the config
 * file watch and the admin commands. Platform adapters take their listeners and console from here.
 */
public final class AdminLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AdminLoop.class);
  private static final long SWEEP_MINUTES = 5;
  private final LiveConfig config;
  private final Storage storage;
  private final BotMetrics metrics;
  private final Optional<ConfigWatcher> watcher;
  private final AdminCommands console;
  private final ExpertDesk experts;
  private final ScheduledExecutorService sweeper;

  private AdminLoop(LiveConfig config, Storage storage, BotMetrics metrics, Optional<ConfigWatcher> watcher,
      Clock clock) {
    this.config = config;
    this.storage = storage;
    this.metrics = metrics;
    this.watcher = watcher;
    this.console = new AdminCommands(config, storage, clock);
    this.experts = new ExpertDesk(() -> config.get().knowledge().settings(), storage.tickets(), storage.deliveries(),
        clock);
    this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "expert-tickets");
      thread.setDaemon(true);
      return thread;
    });
    sweeper.scheduleWithFixedDelay(this::sweepQuietly, SWEEP_MINUTES, SWEEP_MINUTES, TimeUnit.MINUTES);
  }

  /** Expires and recalls expert tickets; a database that is down is tried again next time. */
  private void sweepQuietly() {
    try {
      experts.sweep();
    } catch (RuntimeException e) {
      LOG.warn("Could not expire or recall expert tickets: {}", e.getMessage());
    }
  }

  /** "Ask the experts": tickets in this loop's database, expired and recalled every few minutes. */
  public ExpertDesk experts() {
    return experts;
  }

  /** Opens storage, starts recording, metrics and the file watch. */
  public static AdminLoop start(DatabaseSettings settings, LiveConfig config, Clock clock) throws IOException {
    return start(settings, config, clock, true);
  }

  /** As above; without the file watch ({@code watchConfig} false), only admin reloads read the files again. */
  public static AdminLoop start(DatabaseSettings settings, LiveConfig config, Clock clock, boolean watchConfig)
      throws IOException {
    return start(Storage.open(settings, () -> config.get().knowledge().settings(), clock), config, clock, watchConfig);
  }

  /** As above, with storage opened already (at start, beside the config and the encoders); closed if this fails. */
  static AdminLoop start(Storage storage, LiveConfig config, Clock clock, boolean watchConfig) throws IOException {
    BotMetrics metrics = new BotMetrics();
    metrics.countLostRecords(storage::lostRecords);
    storage.measurePoolWith(metrics.registry());
    config.onReload(storage.reloads());
    config.onReload(metrics);
    storage.joinInstances(() -> config.get().knowledge().version(), config::reload);
    try {
      Optional<ConfigWatcher> watcher = watchConfig
          ? Optional.of(ConfigWatcher.start(config, ConfigWatcher.DEFAULT_DEBOUNCE)) : Optional.empty();
      return new AdminLoop(config, storage, metrics, watcher, clock);
    } catch (IOException | RuntimeException e) {
      storage.close();
      metrics.close();
      throw e;
    }
  }

  /** Records every question and counts it in the metrics; give it to AnswerService. */
  public AskListener askListener() {
    return storage.asks().andThen(metrics);
  }

  /** Records every feedback vote and counts it; give it to the platform adapters. */
  public FeedbackListener feedbackListener() {
    return storage.votes().andThen(metrics);
  }

  /** Runs {@code /partnership admin ...} for a platform user. */
  public AdminConsole adminConsole() {
    return console;
  }

  /**
   * From now on, a refused config (and its recovery) is told to the admins through this notifier,
   * and so is what storage did on its own, including at start (a corrupt file moved aside).
   */
  public void notifyAdminsThrough(AdminNotifier notifier) {
    config.onReload(new ConfigNotices(notifier,
        key -> storage.instances().map(instances -> instances.claimNotice(key)).orElse(true)));
    storage.notifyAdminsThrough(notifier);
  }

  /** Delivery de-duplication shared by every instance (present when DATABASE_URL is set). */
  public Optional<DeliveryLog> sharedDeliveries() {
    return storage.sharedDeliveries();
  }

  /** Metrics, also for adapters that count API errors and retries. */
  public BotMetrics metrics() {
    return metrics;
  }

  /** The config this loop keeps current. */
  LiveConfig config() {
    return config;
  }

  public Storage storage() {
    return storage;
  }

  /** Stops the file watch, then writes the records still queued. */
  @Override
  public void close() throws IOException {
    sweeper.shutdownNow();
    try {
      if (watcher.isPresent()) {
        watcher.get().close();
      }
    } finally {
      storage.close();
      metrics.close();
    }
  }
}

package com.partnershipbot.storage;

import com.partnershipbot.answering.AdminNotifier;
import com.partnershipbot.answering.AskListener;
import com.partnershipbot.answering.ConversationMemory;
import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.answering.ReloadListener;
import com.partnershipbot.answering.TicketStore;
import com.partnershipbot.knowledge.BotSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's records: every question, vote and reload, written off the request path; the reads
 * admins need; de-duplication of deliveries; and a daily purge of records past retention_days.
 */
public final class Storage implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Storage.class);
  private static final long PURGE_EVERY_MINUTES = 6 * 60;
  /** How long the start-up check keeps asking a pool that is only slow to hand out a connection. */
  private static final Duration START_CHECK_LIMIT = Duration.ofSeconds(30);

  private final Database database;
  private final LostRecords lost;
  private final RecordWriter writer;
  private final StorageListener listener;
  private final DatabaseDeliveryLog deliveries;
  private final DatabaseConversationMemory conversations;
  private final Retention retention;
  private final DatabaseTickets tickets;
  private final Supplier<BotSettings> settings;
  private final Clock clock;
  private final ScheduledExecutorService purger;
  private volatile Instances instances;

  private Storage(Database database, Supplier<BotSettings> settings, Clock clock, int queueCapacity) {
    this.database = database;
    this.settings = settings;
    this.clock = clock;
    this.lost = new LostRecords();
    this.writer = new RecordWriter(database, queueCapacity, lost);
    this.listener = new StorageListener(writer, settings, clock);
    this.deliveries = new DatabaseDeliveryLog(database, clock);
    this.conversations = new DatabaseConversationMemory(database, clock);
    this.retention = new Retention(database);
    this.tickets = new DatabaseTickets(database, settings);
    this.purger = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "record-retention");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Opens the database and starts the writer and the periodic purge. A database that is down does
   * not stop the bot: it logs why, and records are lost (and counted) until the database is back.
   */
  public static Storage open(DatabaseSettings settings, Supplier<BotSettings> botSettings, Clock clock) {
    return open(settings, botSettings, clock, RecordWriter.CAPACITY);
  }

  static Storage open(DatabaseSettings settings, Supplier<BotSettings> botSettings, Clock clock, int queueCapacity) {
    return open(Database.open(settings), botSettings, clock, queueCapacity);
  }

  /** On a database already opened (tests hold some of its connections). */
  static Storage open(Database database, Supplier<BotSettings> botSettings, Clock clock, int queueCapacity) {
    Storage storage = new Storage(database, botSettings, clock, queueCapacity);
    storage.checkReachable();
    storage.purger.scheduleWithFixedDelay(storage::purgeQuietly, 1, PURGE_EVERY_MINUTES, TimeUnit.MINUTES);
    return storage;
  }

  /**
   * On PostgreSQL, joins the other instances sharing it (see {@link Instances}): they learn the
   * config version this one serves, and reloads asked on any instance reach {@code reloadRequested}.
   * On H2 (one instance) there is nothing to join: empty.
   */
  public Optional<Instances> joinInstances(Supplier<String> configVersion, Consumer<String> reloadRequested) {
    if (database.settings().isPostgres() && instances == null) {
      instances = Instances.join(database, configVersion, reloadRequested);
    }
    return instances();
  }

  /** The instances sharing this database, once joined. */
  public Optional<Instances> instances() {
    return Optional.ofNullable(instances);
  }

  /** The connection pool's meters (connections active, idle, pending, timeouts) in this registry. */
  public void measurePoolWith(MeterRegistry registry) {
    database.measurePoolWith(registry);
  }

  public AskListener asks() {
    return listener;
  }

  public FeedbackListener votes() {
    return listener;
  }

  public ReloadListener reloads() {
    return listener;
  }

  /** De-duplication in this database; works for one instance on H2 and for many on PostgreSQL. */
  public DeliveryLog deliveries() {
    return deliveries;
  }

  /** The database de-duplication when several instances share the database (PostgreSQL), else empty. */
  public Optional<DeliveryLog> sharedDeliveries() {
    return database.settings().shared() ? Optional.of(deliveries) : Optional.empty();
  }

  /** Expert tickets in this database. */
  public TicketStore tickets() {
    return tickets;
  }

  /** Admins hear through this notifier what storage did on its own, such as moving a corrupt file aside, even before it was given. */
  public void notifyAdminsThrough(AdminNotifier notifier) {
    database.notifyAdminsThrough(notifier);
  }

  /** Welcomes and admin addresses, shared by every instance using this database. */
  public ConversationMemory conversations() {
    return conversations;
  }

  public Insights insights() {
    return new Insights(database);
  }

  /** Records lost since start because the database was down or the queue full. */
  public long lostRecords() {
    return lost.total();
  }

  /** Records waiting in the write queue. */
  public int pendingRecords() {
    return writer.pending();
  }

  public String description() {
    return database.settings().description();
  }

  /** Deletes what is older than retention_days now; returns the rows deleted. */
  public long purgeNow() throws SQLException {
    Instant now = clock.instant();
    Instant cutoff = now.minus(Duration.ofDays(settings.get().retentionDays()));
    return retention.purge(cutoff, now.minus(Retention.DELIVERY_MEMORY));
  }

  private void purgeQuietly() {
    try {
      long deleted = purgeNow();
      if (deleted > 0) {
        LOG.info("Deleted {} record(s) older than {} days", deleted, settings.get().retentionDays());
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("Could not delete old records from {}: {}", description(), StorageUnavailableException.reason(e));
    }
  }

  /**
   * Opens a connection once at start. Only an error from the database itself is reported as a
   * database that cannot be used; a pool that merely timed out (a busy machine, a slow first open)
   * is asked again, up to {@link #START_CHECK_LIMIT}, and then only warned about.
   */
  private void checkReachable() {
    long deadline = System.nanoTime() + START_CHECK_LIMIT.toNanos();
    while (true) {
      try {
        database.check();
        LOG.info("Recording questions, votes and reloads in {}", description());
        return;
      } catch (SQLException e) {
        if (!Database.onlySlow(e)) {
          LOG.error("Cannot use {} ({}). The bot answers anyway; records are lost until the database is back.",
              description(), StorageUnavailableException.reason(e));
          return;
        }
        if (System.nanoTime() - deadline >= 0) {
          LOG.warn("{} gave no connection within {} s at start, though it reported no error: the machine or the "
              + "database is busy. The bot answers anyway; records are lost (and counted) until a connection comes.",
              description(), START_CHECK_LIMIT.toSeconds());
          return;
        }
        LOG.info("{} is slow to give a connection at start ({}); asking again", description(),
            StorageUnavailableException.reason(e));
      }
    }
  }

  /** Writes what is queued (a few seconds at most), then closes the pool. */
  @Override
  public void close() {
    purger.shutdownNow();
    instances().ifPresent(Instances::close);
    try {
      writer.close();
    } finally {
      database.close();
    }
  }
}

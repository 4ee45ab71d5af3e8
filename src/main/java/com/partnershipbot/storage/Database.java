package com.partnershipbot.storage;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminNotifier;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A pooled connection to the records database, migrated to the current schema on first use. Opening
 * never fails when the database is down: each use tries again, so the bot recovers when it is back.
 */
public final class Database implements AutoCloseable {
  private final DatabaseSettings settings;
  private final HikariDataSource pool;
  private final Optional<EmbeddedFile> embedded;
  private final StorageNotices notices = new StorageNotices();
  private static final long RETRY_AFTER_NANOS = TimeUnit.SECONDS.toNanos(5);

  private volatile boolean migrated;
  private volatile String recentFailure;
  private volatile long retryAfterNanos;

  private Database(DatabaseSettings settings, HikariDataSource pool) {
    this.settings = settings;
    this.pool = pool;
    this.embedded = EmbeddedFile.of(settings.jdbcUrl());
  }

  public static Database open(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("records");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(2_000);
    config.setValidationTimeout(1_000);
    config.setInitializationFailTimeout(-1);
    if (settings.isPostgres()) {
      config.addDataSourceProperty("connectTimeout", "3");
      config.addDataSourceProperty("socketTimeout", "30");
      config.addDataSourceProperty("ApplicationName", "partnership-bot");
    }
    return new Database(settings, new HikariDataSource(config));
  }

  /**
   * A connection to a migrated database; throws when the database is unreachable. After a failure,
   * calls fail at once for a few seconds, so a database that is down costs no waiting per record.
   */
  public Connection connection() throws SQLException {
    String failure = recentFailure;
    if (failure != null && System.nanoTime() < retryAfterNanos) {
      throw new SQLException(failure);
    }
    try {
      return openMovingCorruptAside();
    } catch (SQLException e) {
      retryAfterNanos = System.nanoTime() + RETRY_AFTER_NANOS;
      SQLException explained = explained(e);
      recentFailure = StorageUnavailableException.reason(explained);
      throw explained;
    }
  }

  /**
   * Opens a connection and closes it again, as at start: a corrupt file is moved aside, but a
   * failure (a database still starting) does not make the next calls fail at once.
   */
  public void check() throws SQLException {
    try {
      openMovingCorruptAside().close();
    } catch (SQLException e) {
      throw explained(e);
    }
  }

  /**
   * A folder H2 can only open read-only is named as such (H2 itself says "Feature not supported:
   * AUTO_SERVER"); the plain reason is the whole message, so every log line shows it.
   */
  private SQLException explained(SQLException e) {
    return embedded.flatMap(file -> file.readOnlyReason(e))
        .map(reason -> new SQLException(reason, e.getSQLState(), e.getErrorCode())).orElse(e);
  }

  private Connection openMovingCorruptAside() throws SQLException {
    try {
      return migratedConnection();
    } catch (SQLException e) {
      if (embedded.isPresent() && EmbeddedFile.isCorruption(e)) {
        Optional<AdminMessage> movedAside = embedded.get().moveAside();
        if (movedAside.isPresent()) {
          notices.tell(movedAside.get());
          return migratedConnection();
        }
      }
      throw e;
    }
  }

  private Connection migratedConnection() throws SQLException {
    migrate();
    Connection connection = pool.getConnection();
    recentFailure = null;
    return connection;
  }

  /**
   * True when the pool only timed out waiting for a connection, with no error from the database
   * behind it: a busy machine or a slow start, not a database that cannot be used. (HikariCP puts
   * the last failure to connect, if there was one, as the timeout's cause.)
   */
  static boolean onlySlow(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) {
        return cause.getCause() == null;
      }
    }
    return false;
  }

  /** Brings the schema up to date once; later calls return at once. */
  public void migrate() throws SQLException {
    if (migrated) {
      return;
    }
    synchronized (this) {
      if (migrated) {
        return;
      }
      try {
        Flyway.configure(Database.class.getClassLoader()).dataSource(pool)
            .locations("classpath:db/migration").load().migrate();
        migrated = true;
      } catch (FlywayException e) {
        throw new SQLException(StorageUnavailableException.reason(e), e);
      }
    }
  }

  /** From now on, what the database did on its own (and what it did before) is told through this notifier. */
  public void notifyAdminsThrough(AdminNotifier notifier) {
    notices.tellThrough(notifier);
  }

  /** HikariCP's own Micrometer tracker: pool sizes, waits and timeouts as hikaricp_* meters. */
  void measurePoolWith(MeterRegistry registry) {
    pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
  }

  public DatabaseSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    pool.close();
  }
}

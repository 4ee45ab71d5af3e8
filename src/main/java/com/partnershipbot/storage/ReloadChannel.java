package com.partnershipbot.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin reloads told to every instance through PostgreSQL's LISTEN/NOTIFY. Each instance listens on
 * a connection of its own (outside the pool) and reconnects if it drops. The channel is named after
 * the schema, so bots sharing a database server in different schemas do not hear each other.
 */
final class ReloadChannel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReloadChannel.class);
  private static final String PREFIX = "partnershipbot_reload_";
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration RECONNECT = Duration.ofSeconds(5);
  private static final Duration FIRST_LISTEN = Duration.ofSeconds(5);

  private final Database database;
  private final String self;
  private final Consumer<String> reloadRequested;
  private final CountDownLatch listening = new CountDownLatch(1);
  private final Thread thread;
  private volatile String channel;
  private volatile boolean closed;

  private ReloadChannel(Database database, String self, Consumer<String> reloadRequested) {
    this.database = database;
    this.self = self;
    this.reloadRequested = reloadRequested;
    this.thread = new Thread(this::run, "reload-listener");
    thread.setDaemon(true);
  }

  /** Starts listening and waits (briefly) until it does, so a reload asked for right after start is heard. */
  static ReloadChannel listen(Database database, String self, Consumer<String> reloadRequested) {
    ReloadChannel channel = new ReloadChannel(database, self, reloadRequested);
    channel.thread.start();
    try {
      channel.listening.await(FIRST_LISTEN.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return channel;
  }

  /** NOTIFY: every listening instance but this one reloads. */
  void announce(String requestedBy) {
    try (Connection connection = database.connection();
         PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
      notify.setString(1, channel(connection));
      notify.setString(2, self + "\n" + Sql.cut(requestedBy, 200));
      notify.execute();
    } catch (SQLException e) {
      LOG.warn("Could not ask the other instances to reload ({}): each reloads on its next config change",
          StorageUnavailableException.reason(e));
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }

  private void run() {
    while (!closed) {
      DatabaseSettings settings = database.settings();
      try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
           Statement statement = connection.createStatement()) {
        statement.execute("LISTEN \"" + channel(connection) + "\"");
        listening.countDown();
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (!closed) {
          PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
          if (received != null) {
            for (PGNotification notification : received) {
              heard(notification.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        if (!closed) {
          LOG.warn("Not listening for reloads asked on other instances ({}); trying again in {} s",
              StorageUnavailableException.reason(e), RECONNECT.toSeconds());
          pause();
        }
      }
    }
  }

  private void heard(String payload) {
    int newline = payload.indexOf('\n');
    String from = newline < 0 ? payload : payload.substring(0, newline);
    if (from.equals(self)) {
      return;
    }
    String requestedBy = newline < 0 ? "another instance" : payload.substring(newline + 1);
    try {
      reloadRequested.accept(requestedBy + " (through instance " + from + ")");
    } catch (RuntimeException e) {
      LOG.warn("A reload asked on instance {} failed here: {}", from, e.toString());
    }
  }

  private String channel(Connection connection) throws SQLException {
    String known = channel;
    if (known != null) {
      return known;
    }
    try (Statement statement = connection.createStatement();
         ResultSet schema = statement.executeQuery("SELECT current_schema()")) {
      schema.next();
      String name = (PREFIX + schema.getString(1)).replaceAll("[^a-z0-9_]", "_");
      channel = name.length() > 63 ? name.substring(0, 63) : name;
      return channel;
    }
  }

  private void pause() {
    try {
      Thread.sleep(RECONNECT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

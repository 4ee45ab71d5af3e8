package com.partnershipbot.storage;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance among the others that share one PostgreSQL database, through PostgreSQL's own
 * means: a heartbeat row per instance (which config version it serves), admin notices claimed by
 * inserting a row under a unique key (so one instance sends each), and admin reloads told to every
 * instance with NOTIFY (see {@link ReloadChannel}). Times are the database's, not each host's.
 */
public final class Instances implements AutoCloseable {
  static final Duration HEARTBEAT = Duration.ofSeconds(5);
  static final Duration LIVE_WITHIN = Duration.ofSeconds(20);
  static final Duration NOTICE_MEMORY = Duration.ofMinutes(10);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(Instances.class);

  private final Database database;
  private final String id;
  private final String host;
  private final Supplier<String> configVersion;
  private final ScheduledExecutorService heartbeat;
  private final ReloadChannel reloads;

  /** One live instance: its id, host, the config version it serves, and whether it is this one. */
  public record Live(String id, String host, String configVersion, boolean self) {}

  private Instances(Database database, Supplier<String> configVersion, ReloadChannel reloads, String id) {
    this.database = database;
    this.id = id;
    this.host = hostName();
    this.configVersion = configVersion;
    this.reloads = reloads;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "instance-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Joins: writes this instance's row, keeps it fresh, and listens for reloads other instances ask
   * for, handing each requester's name to {@code reloadRequested}.
   */
  static Instances join(Database database, Supplier<String> configVersion, Consumer<String> reloadRequested) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    ReloadChannel reloads = ReloadChannel.listen(database, id, reloadRequested);
    Instances instances = new Instances(database, configVersion, reloads, id);
    instances.beat();
    instances.heartbeat.scheduleWithFixedDelay(instances::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
        TimeUnit.MILLISECONDS);
    LOG.info("Instance {} on {} joined the instances sharing {}", id, instances.host, database.settings().description());
    return instances;
  }

  public String id() {
    return id;
  }

  /** The instances seen in the last {@link #LIVE_WITHIN}, oldest first; this one alone if the database is down. */
  public List<Live> live() {
    List<Live> live = new ArrayList<>();
    try (Connection connection = database.connection();
         PreparedStatement select = connection.prepareStatement("SELECT instance_id, host, config_version FROM instances"
             + " WHERE seen_at >= now() - make_interval(secs => ?) ORDER BY started_at, instance_id")) {
      select.setLong(1, LIVE_WITHIN.toSeconds());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          live.add(new Live(rows.getString(1), rows.getString(2), rows.getString(3), id.equals(rows.getString(1))));
        }
      }
    } catch (SQLException e) {
      throw StorageUnavailableException.of(database.settings(), e);
    }
    return live;
  }

  /**
   * True for the first instance to claim {@code key} within {@link #NOTICE_MEMORY}; the others get
   * false and stay quiet. When the database cannot tell, true: a notice twice beats none.
   */
  public boolean claimNotice(String key) {
    try (Connection connection = database.connection();
         PreparedStatement forget = connection.prepareStatement(
             "DELETE FROM admin_notices WHERE sent_at < now() - make_interval(secs => ?)");
         PreparedStatement claim = connection.prepareStatement(
             "INSERT INTO admin_notices (notice_key, sent_at) VALUES (?, now())")) {
      forget.setLong(1, NOTICE_MEMORY.toSeconds());
      forget.executeUpdate();
      claim.setString(1, key.length() <= 255 ? key : UserKeys.sha256(key));
      claim.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (Sql.isDuplicate(e)) {
        return false;
      }
      LOG.warn("Cannot claim an admin notice in {} ({}): sending it from this instance",
          database.settings().description(), StorageUnavailableException.reason(e));
      return true;
    }
  }

  /** Asks every other instance to reload its config, naming who asked. */
  public void requestReloadElsewhere(String requestedBy) {
    reloads.announce(requestedBy);
  }

  /** Stops the heartbeat and listening, and removes this instance's row. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    reloads.close();
    try (Connection connection = database.connection();
         PreparedStatement leave = connection.prepareStatement("DELETE FROM instances WHERE instance_id = ?")) {
      leave.setString(1, id);
      leave.executeUpdate();
    } catch (SQLException e) {
      LOG.debug("Could not remove instance {}: {}", id, e.toString());
    }
  }

  private void beat() {
    try (Connection connection = database.connection();
         PreparedStatement upsert = connection.prepareStatement("INSERT INTO instances"
             + " (instance_id, host, started_at, seen_at, config_version) VALUES (?, ?, now(), now(), ?)"
             + " ON CONFLICT (instance_id) DO UPDATE SET seen_at = now(), config_version = EXCLUDED.config_version");
         PreparedStatement forget = connection.prepareStatement(
             "DELETE FROM instances WHERE seen_at < now() - make_interval(secs => ?)")) {
      upsert.setString(1, id);
      Sql.setText(upsert, 2, host, 255);
      Sql.setText(upsert, 3, configVersion.get(), 64);
      upsert.executeUpdate();
      forget.setLong(1, FORGET_AFTER.toSeconds());
      forget.executeUpdate();
    } catch (SQLException | RuntimeException e) {
      LOG.debug("Heartbeat of instance {} not written: {}", id, e.toString());
    }
  }

  private static String hostName() {
    String name = ManagementFactory.getRuntimeMXBean().getName();
    int at = name.indexOf('@');
    return (at >= 0 ? name.substring(at + 1) : name).toLowerCase(Locale.ROOT);
  }
}

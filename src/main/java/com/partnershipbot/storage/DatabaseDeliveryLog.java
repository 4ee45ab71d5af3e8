package com.partnershipbot.storage;

import com.partnershipbot.answering.DeliveryLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * De-duplicates deliveries across instances: claiming an id inserts it under a unique key, so of
 * several instances given the same re-delivered event only the first insert wins. While the database
 * is unreachable it falls back to this instance's memory, so questions are still answered.
 */
final class DatabaseDeliveryLog implements DeliveryLog {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseDeliveryLog.class);
  private static final int MAX_ID_LENGTH = 255;
  private static final int REMEMBERED_IN_MEMORY = 50_000;
  private static final long WARN_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final Database database;
  private final Clock clock;
  private final Map<String, Boolean> fallback = new LinkedHashMap<>(1024, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > REMEMBERED_IN_MEMORY;
    }
  };
  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);

  DatabaseDeliveryLog(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public boolean claim(String deliveryId) {
    if (deliveryId == null || deliveryId.isBlank()) {
      return true;
    }
    String key = deliveryId.length() <= MAX_ID_LENGTH ? deliveryId : UserKeys.sha256(deliveryId);
    try (Connection connection = database.connection();
         PreparedStatement insert = connection.prepareStatement(
             "INSERT INTO deliveries (delivery_id, claimed_at) VALUES (?, ?)")) {
      insert.setString(1, key);
      Sql.setInstant(insert, 2, clock.instant());
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (Sql.isDuplicate(e)) {
        return false;
      }
      warn(e);
      return claimInMemory(key);
    }
  }

  private synchronized boolean claimInMemory(String key) {
    return fallback.putIfAbsent(key, Boolean.TRUE) == null;
  }

  private void warn(SQLException e) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    if (now - last >= WARN_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
      LOG.warn("Cannot claim deliveries in {} ({}): de-duplicating in this instance's memory until it is back",
          database.settings().description(), StorageUnavailableException.reason(e));
    }
  }
}

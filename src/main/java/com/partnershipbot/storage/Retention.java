package com.partnershipbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Deletes records older than the retention period, and delivery claims once no retry can come. */
final class Retention {
  /** Slack retries for about five minutes; a day leaves a wide margin. */
  static final Duration DELIVERY_MEMORY = Duration.ofDays(1);
  private static final List<String> RECORDS = List.of(
      "DELETE FROM questions WHERE asked_at < ?",
      "DELETE FROM feedback WHERE voted_at < ?",
      "DELETE FROM reloads WHERE reloaded_at < ?");

  private final Database database;

  Retention(Database database) {
    this.database = database;
  }

  /** Deletes records from before recordsCutoff and claims from before claimsCutoff; returns rows deleted. */
  long purge(Instant recordsCutoff, Instant claimsCutoff) throws SQLException {
    long deleted = 0;
    try (Connection connection = database.connection()) {
      for (String sql : RECORDS) {
        deleted += delete(connection, sql, recordsCutoff);
      }
      deleted += delete(connection, "DELETE FROM deliveries WHERE claimed_at < ?", claimsCutoff);
    }
    return deleted;
  }

  private static long delete(Connection connection, String sql, Instant cutoff) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Sql.setInstant(statement, 1, cutoff);
      return statement.executeUpdate();
    }
  }
}

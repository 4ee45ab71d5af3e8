package com.partnershipbot.storage;

import com.partnershipbot.storage.StoredRecord.QuestionRow;
import com.partnershipbot.storage.StoredRecord.ReloadRow;
import com.partnershipbot.storage.StoredRecord.VoteRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes a batch of records in one transaction. */
final class RecordBatch {
  private static final String QUESTION = "INSERT INTO questions (asked_at, platform, channel, user_key, question,"
      + " outcome, entry_id, top_candidate, score, latency_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String VOTE = "INSERT INTO feedback (voted_at, platform, entry_id, user_key, helpful)"
      + " VALUES (?, ?, ?, ?, ?)";
  private static final String RELOAD = "INSERT INTO reloads (reloaded_at, requested_by, config_version, result,"
      + " error_count, first_error) VALUES (?, ?, ?, ?, ?, ?)";

  private RecordBatch() {}

  static void write(Connection connection, UserKeys keys, List<StoredRecord> batch) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement questions = connection.prepareStatement(QUESTION);
         PreparedStatement votes = connection.prepareStatement(VOTE);
         PreparedStatement reloads = connection.prepareStatement(RELOAD)) {
      for (StoredRecord record : batch) {
        if (record instanceof QuestionRow row) {
          add(questions, keys, row);
        } else if (record instanceof VoteRow row) {
          add(votes, keys, row);
        } else if (record instanceof ReloadRow row) {
          add(reloads, row);
        }
      }
      questions.executeBatch();
      votes.executeBatch();
      reloads.executeBatch();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static void add(PreparedStatement statement, UserKeys keys, QuestionRow row) throws SQLException {
    Sql.setInstant(statement, 1, row.at());
    Sql.setText(statement, 2, row.platform(), 32);
    Sql.setText(statement, 3, row.channel(), 255);
    Sql.setText(statement, 4, keys.key(row.platform(), row.userId(), row.plainUserId()), 255);
    Sql.setText(statement, 5, row.question(), 2000);
    Sql.setText(statement, 6, row.outcome(), 16);
    Sql.setText(statement, 7, row.entryId(), 128);
    Sql.setText(statement, 8, row.topCandidate(), 128);
    statement.setDouble(9, row.score());
    statement.setLong(10, row.latencyMicros());
    statement.addBatch();
  }

  private static void add(PreparedStatement statement, UserKeys keys, VoteRow row) throws SQLException {
    Sql.setInstant(statement, 1, row.at());
    Sql.setText(statement, 2, row.platform(), 32);
    Sql.setText(statement, 3, row.entryId(), 128);
    Sql.setText(statement, 4, keys.key(row.platform(), row.userId(), row.plainUserId()), 255);
    statement.setBoolean(5, row.helpful());
    statement.addBatch();
  }

  private static void add(PreparedStatement statement, ReloadRow row) throws SQLException {
    Sql.setInstant(statement, 1, row.at());
    Sql.setText(statement, 2, row.requestedBy(), 255);
    Sql.setText(statement, 3, row.version(), 64);
    Sql.setText(statement, 4, row.result(), 16);
    statement.setInt(5, row.errorCount());
    Sql.setText(statement, 6, row.firstError(), 1000);
    statement.addBatch();
  }
}

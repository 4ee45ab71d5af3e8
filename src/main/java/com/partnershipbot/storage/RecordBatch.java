package com.partnershipbot.storage;

import com.partnershipbot.storage.StoredRecord.QuestionRow;
import com.partnershipbot.storage.StoredRecord.ReloadRow;
import com.partnershipbot.storage.StoredRecord.VoteRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a batch of records in one transaction. */
final class RecordBatch {
  private static final String QUESTION = "INSERT INTO questions (asked_at, platform, channel, user_key, question,"
      + " outcome, entry_id, top_candidate, score, latency_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String VOTE = "INSERT INTO feedback (voted_at, platform, entry_id, user_key, helpful)"
      + " VALUES (?, ?, ?, ?, ?)";
  private static final String RELOAD = "INSERT INTO reloads (reloaded_at, requested_by, config_version, result,"
      + " error_count, first_error) VALUES (?, ?, ?, ?, ?, ?)";

  private RecordBatch() {}

  /** Only the statements the batch needs are prepared: a batch of questions alone prepares one. */
  static void write(Connection connection, UserKeys keys, List<StoredRecord> batch) throws SQLException {
    connection.setAutoCommit(false);
    try (Statements statements = new Statements(connection)) {
      for (StoredRecord record : batch) {
        if (record instanceof QuestionRow row) {
          add(statements.get(QUESTION), keys, row);
        } else if (record instanceof VoteRow row) {
          add(statements.get(VOTE), keys, row);
        } else if (record instanceof ReloadRow row) {
          add(statements.get(RELOAD), row);
        }
      }
      statements.executeBatches();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** The batch's prepared statements, each made on first use, executed and closed in that order. */
  private static final class Statements implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>(4);

    Statements(Connection connection) {
      this.connection = connection;
    }

    PreparedStatement get(String sql) throws SQLException {
      PreparedStatement statement = prepared.get(sql);
      if (statement == null) {
        statement = connection.prepareStatement(sql);
        prepared.put(sql, statement);
      }
      return statement;
    }

    void executeBatches() throws SQLException {
      for (PreparedStatement statement : prepared.values()) {
        statement.executeBatch();
      }
    }

    @Override
    public void close() throws SQLException {
      SQLException first = null;
      for (PreparedStatement statement : prepared.values()) {
        try {
          statement.close();
        } catch (SQLException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
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

package com.partnershipbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the records back for admins: activity, unanswered questions and ratings since a moment. */
public final class Insights {
  private final Database database;

  public Insights(Database database) {
    this.database = database;
  }

  public Activity activity(Instant since) {
    long[] counts = new long[4];
    query("SELECT outcome, COUNT(*) FROM questions WHERE asked_at >= ? GROUP BY outcome", since, row -> {
      int slot = slot(row.getString(1));
      if (slot >= 0) {
        counts[slot] += row.getLong(2);
      }
    });
    return new Activity(counts[0], counts[1], counts[2], counts[3]);
  }

  /** Questions that got no answer, most asked first (identical texts counted together). */
  public List<AskedQuestion> unanswered(Instant since, int limit) {
    List<AskedQuestion> found = new ArrayList<>();
    query("SELECT question, COUNT(*) AS times, MAX(asked_at) AS last_asked FROM questions"
            + " WHERE outcome = 'not_found' AND asked_at >= ? GROUP BY question ORDER BY times DESC, last_asked DESC"
            + " LIMIT " + Math.max(1, limit), since,
        row -> found.add(new AskedQuestion(row.getString(1), row.getLong(2), Sql.getInstant(row, 3))));
    return found;
  }

  /** Votes per answer, the worst rated first: most "not helpful" votes, then the lowest share of "helpful". */
  public List<EntryVotes> votes(Instant since) {
    List<EntryVotes> found = new ArrayList<>();
    query("SELECT entry_id, SUM(CASE WHEN helpful THEN 1 ELSE 0 END), SUM(CASE WHEN helpful THEN 0 ELSE 1 END)"
            + " FROM feedback WHERE voted_at >= ? GROUP BY entry_id", since,
        row -> found.add(new EntryVotes(row.getString(1), row.getLong(2), row.getLong(3))));
    found.sort(Comparator.comparingLong(EntryVotes::notHelpful).reversed()
        .thenComparing(Comparator.comparingDouble(EntryVotes::notHelpfulShare).reversed())
        .thenComparing(EntryVotes::entryId));
    return found;
  }

  public String description() {
    return database.settings().description();
  }

  private void query(String sql, Instant since, RowReader reader) {
    try (Connection connection = database.connection();
         PreparedStatement statement = connection.prepareStatement(sql)) {
      Sql.setInstant(statement, 1, since);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          reader.read(row);
        }
      }
    } catch (SQLException e) {
      throw StorageUnavailableException.of(database.settings(), e);
    }
  }

  private static int slot(String outcome) {
    switch (outcome) {
      case "answered":
        return 0;
      case "clarified":
        return 1;
      case "not_found":
        return 2;
      case "help":
        return 3;
      default:
        return -1;
    }
  }

  /** Reads one result row. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }
}

package com.partnershipbot.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Small JDBC helpers that behave the same on H2 and PostgreSQL. */
final class Sql {
  private static final String UNIQUE_VIOLATION = "23505";

  private Sql() {}

  static boolean isDuplicate(SQLException e) {
    return UNIQUE_VIOLATION.equals(e.getSQLState());
  }

  static void setInstant(PreparedStatement statement, int index, Instant at) throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
  }

  static Instant getInstant(ResultSet row, int index) throws SQLException {
    OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static void setText(PreparedStatement statement, int index, String value, int maxLength) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, cut(value.replace('\u0000', ' '), maxLength));
    }
  }

  /** At most maxLength characters, never splitting a character outside the basic plane. */
  static String cut(String value, int maxLength) {
    if (value.length() <= maxLength) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
    return value.substring(0, end);
  }
}

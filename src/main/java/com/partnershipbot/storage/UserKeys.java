package com.partnershipbot.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is stored for who asked: the user id itself when bot.yml says {@code record_user_ids: plain},
 * otherwise SHA-256 of it with a random salt made once per installation and kept in the database.
 */
final class UserKeys {
  private static final String SALT = "user_id_salt";
  /** Hashed keys remembered; a workspace's askers fit, and past this many the oldest are forgotten. */
  private static final int REMEMBERED = 4_096;

  private final String salt;
  private final Map<String, String> hashed = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REMEMBERED;
    }
  };

  private UserKeys(String salt) {
    this.salt = salt;
  }

  static UserKeys load(Connection connection) throws SQLException {
    String salt = read(connection);
    if (salt == null) {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO install_settings (name, setting_value) VALUES (?, ?)")) {
        insert.setString(1, SALT);
        insert.setString(2, newSalt());
        insert.executeUpdate();
      } catch (SQLException e) {
        if (!Sql.isDuplicate(e)) {
          throw e;
        }
      }
      salt = read(connection);
    }
    return new UserKeys(salt);
  }

  /** Called by the record writer's one thread only. */
  String key(String platform, String userId, boolean plain) {
    if (userId == null || userId.isBlank()) {
      return null;
    }
    if (plain) {
      return Sql.cut(userId, 255);
    }
    return hashed.computeIfAbsent(platform + ":" + userId, user -> sha256(salt + ":" + user));
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String read(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT setting_value FROM install_settings WHERE name = ?")) {
      select.setString(1, SALT);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static String newSalt() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}

package com.partnershipbot.storage;

import com.partnershipbot.answering.ConversationMemory;
import com.partnershipbot.answering.Platform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Welcomes and admin addresses in the database, so every instance sharing it agrees: a welcome is
 * claimed by inserting under a unique key, and the first insert wins. While the database is
 * unreachable, welcomes are claimed in this instance's memory and admin addresses are kept there too.
 */
final class DatabaseConversationMemory implements ConversationMemory {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseConversationMemory.class);
  private static final int MAX_KEY_LENGTH = 255;
  private static final int MAX_ADDRESS_LENGTH = 4000;

  private final Database database;
  private final Clock clock;
  private final ConversationMemory fallback = ConversationMemory.inMemory();

  DatabaseConversationMemory(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public boolean firstWelcome(Platform platform, String conversationId) {
    try (Connection connection = database.connection();
         PreparedStatement insert = connection.prepareStatement(
             "INSERT INTO welcomed_conversations (platform, conversation_key, welcomed_at) VALUES (?, ?, ?)")) {
      insert.setString(1, platform.label());
      insert.setString(2, key(conversationId));
      Sql.setInstant(insert, 3, clock.instant());
      insert.executeUpdate();
      fallback.firstWelcome(platform, conversationId);
      return true;
    } catch (SQLException e) {
      if (Sql.isDuplicate(e)) {
        return false;
      }
      LOG.warn("Cannot record a welcome in {} ({}); remembering it in this instance only",
          database.settings().description(), StorageUnavailableException.reason(e));
      return fallback.firstWelcome(platform, conversationId);
    }
  }

  @Override
  public void rememberAdmin(Platform platform, String userId, String address) {
    fallback.rememberAdmin(platform, userId, address);
    if (address.length() > MAX_ADDRESS_LENGTH || userId.length() > MAX_KEY_LENGTH) {
      LOG.warn("An admin address on {} is too long to store; kept in this instance only", platform.label());
      return;
    }
    try (Connection connection = database.connection()) {
      if (update(connection, platform, userId, address) == 0) {
        insert(connection, platform, userId, address);
      }
    } catch (SQLException e) {
      LOG.warn("Cannot store where a {} admin can be reached, in {} ({}); kept in this instance only",
          platform.label(), database.settings().description(), StorageUnavailableException.reason(e));
    }
  }

  @Override
  public Map<String, String> adminAddresses(Platform platform) {
    Map<String, String> found = new HashMap<>(fallback.adminAddresses(platform));
    try (Connection connection = database.connection();
         PreparedStatement select = connection.prepareStatement(
             "SELECT user_id, address FROM admin_addresses WHERE platform = ?")) {
      select.setString(1, platform.label());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), rows.getString(2));
        }
      }
    } catch (SQLException e) {
      LOG.warn("Cannot read where {} admins can be reached, from {} ({}); using those this instance saw",
          platform.label(), database.settings().description(), StorageUnavailableException.reason(e));
    }
    return found;
  }

  private int update(Connection connection, Platform platform, String userId, String address) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE admin_addresses SET address = ?, updated_at = ? WHERE platform = ? AND user_id = ?")) {
      update.setString(1, address);
      Sql.setInstant(update, 2, clock.instant());
      update.setString(3, platform.label());
      update.setString(4, userId);
      return update.executeUpdate();
    }
  }

  /** Inserts; when another instance inserted first, updates its row instead. */
  private void insert(Connection connection, Platform platform, String userId, String address) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO admin_addresses (platform, user_id, address, updated_at) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, platform.label());
      insert.setString(2, userId);
      insert.setString(3, address);
      Sql.setInstant(insert, 4, clock.instant());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (!Sql.isDuplicate(e)) {
        throw e;
      }
      update(connection, platform, userId, address);
    }
  }

  private static String key(String conversationId) {
    return conversationId.length() <= MAX_KEY_LENGTH ? conversationId : UserKeys.sha256(conversationId);
  }
}

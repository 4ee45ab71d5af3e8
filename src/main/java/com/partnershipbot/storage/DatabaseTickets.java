package com.partnershipbot.storage;

import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Ticket;
import com.partnershipbot.answering.TicketStore;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.knowledge.TopicKeys;
import com.partnershipbot.knowledge.UserIdPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Expert tickets in the records database (table {@code tickets}, migration V2). */
public final class DatabaseTickets implements TicketStore {
  private static final String COLUMNS = "id, platform, question, asker_name, asked_where, asker_user, "
      + "relay_conversation, relay_thread, relay_service_url, state, expert, answer, guesses, opened_at, closed_at";

  private final Database database;
  private final Supplier<BotSettings> settings;

  public DatabaseTickets(Database database, Supplier<BotSettings> settings) {
    this.database = database;
    this.settings = settings;
  }

  @Override
  public Opened open(NewTicket ticket, Instant now) {
    String openKey = UserKeys.sha256(ticket.platform().label() + "\n" + ticket.asker().user() + "\n"
        + TopicKeys.normalize(ticket.question()));
    try (Connection connection = database.connection()) {
      try {
        return new Opened(insert(connection, ticket, openKey, now), true);
      } catch (SQLException e) {
        if (!Sql.isDuplicate(e)) {
          throw e;
        }
        return new Opened(one(connection, "open_key = ?", openKey).orElseThrow(() -> e), false);
      }
    } catch (SQLException e) {
      throw new StorageUnavailableException(StorageUnavailableException.reason(e), e);
    }
  }

  private Ticket insert(Connection connection, NewTicket ticket, String openKey, Instant now) throws SQLException {
    boolean plain = settings.get().recordUserIds() == UserIdPolicy.PLAIN;
    String askerKey = UserKeys.load(connection).key(ticket.platform().label(), ticket.asker().user(), plain);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tickets (platform, question, asker_key, "
        + "asker_name, asked_where, asker_user, relay_conversation, relay_thread, relay_service_url, open_key, state, "
        + "guesses, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)", new String[] {"id"})) {
      insert.setString(1, ticket.platform().label());
      Sql.setText(insert, 2, ticket.question(), 2000);
      Sql.setText(insert, 3, askerKey, 255);
      Sql.setText(insert, 4, ticket.askerName(), 255);
      Sql.setText(insert, 5, ticket.where(), 255);
      Sql.setText(insert, 6, ticket.asker().user(), 255);
      Sql.setText(insert, 7, ticket.asker().conversation(), 500);
      Sql.setText(insert, 8, ticket.asker().thread(), 255);
      Sql.setText(insert, 9, ticket.asker().serviceUrl(), 1000);
      insert.setString(10, openKey);
      Sql.setText(insert, 11, guesses(ticket.guesses()), 2000);
      Sql.setInstant(insert, 12, now);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return one(connection, "id = ?", keys.getLong(1)).orElseThrow();
      }
    }
  }

  @Override
  public Optional<Ticket> find(long id) {
    try (Connection connection = database.connection()) {
      return one(connection, "id = ?", id);
    } catch (SQLException e) {
      throw new StorageUnavailableException(StorageUnavailableException.reason(e), e);
    }
  }

  @Override
  public Optional<Ticket> close(long id, Ticket.State state, String expert, String answer, String onlyForAsker,
      Instant now) {
    try (Connection connection = database.connection()) {
      Optional<Ticket> before = one(connection, "id = ?", id);
      if (before.isEmpty()) {
        return Optional.empty();
      }
      try (PreparedStatement update = connection.prepareStatement("UPDATE tickets SET state = ?, expert = ?, "
          + "answer = ?, closed_at = ?, open_key = NULL, asker_name = NULL, asker_user = NULL, "
          + "relay_conversation = NULL, relay_thread = NULL, relay_service_url = NULL "
          + "WHERE id = ? AND state = 'open'" + (onlyForAsker == null ? "" : " AND asker_user = ?"))) {
        update.setString(1, state.label());
        Sql.setText(update, 2, expert, 255);
        Sql.setText(update, 3, answer, 4000);
        Sql.setInstant(update, 4, now);
        update.setLong(5, id);
        if (onlyForAsker != null) {
          update.setString(6, onlyForAsker);
        }
        return update.executeUpdate() == 1 ? Optional.of(before.get().closed(state, expert, answer, now))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StorageUnavailableException(StorageUnavailableException.reason(e), e);
    }
  }

  @Override
  public List<Ticket> open() {
    return list("state = 'open' ORDER BY opened_at, id", null);
  }

  @Override
  public List<Ticket> answeredSince(Instant since) {
    return list("state = 'answered' AND closed_at >= ? ORDER BY closed_at DESC, id DESC", since);
  }

  @Override
  public List<Ticket> unremindedBefore(Instant cutoff) {
    return list("state = 'open' AND reminded_at IS NULL AND opened_at < ? ORDER BY opened_at, id", cutoff);
  }

  @Override
  public boolean markReminded(long id, Instant now) {
    return update("UPDATE tickets SET reminded_at = ? WHERE id = ? AND state = 'open' AND reminded_at IS NULL",
        now, id) == 1;
  }

  @Override
  public void rememberServiceUrl(String conversation, String serviceUrl, Instant now) {
    try (Connection connection = database.connection()) {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE expert_channels SET service_url = ?, seen_at = ? WHERE conversation = ?")) {
        Sql.setText(update, 1, serviceUrl, 1000);
        Sql.setInstant(update, 2, now);
        Sql.setText(update, 3, conversation, 500);
        if (update.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO expert_channels (conversation, service_url, seen_at) VALUES (?, ?, ?)")) {
        Sql.setText(insert, 1, conversation, 500);
        Sql.setText(insert, 2, serviceUrl, 1000);
        Sql.setInstant(insert, 3, now);
        insert.executeUpdate();
      } catch (SQLException e) {
        if (!Sql.isDuplicate(e)) {
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new StorageUnavailableException(StorageUnavailableException.reason(e), e);
    }
  }

  @Override
  public Optional<String> serviceUrl(String conversation) {
    try (Connection connection = database.connection();
         PreparedStatement select = connection.prepareStatement(
             "SELECT service_url FROM expert_channels WHERE conversation = ?")) {
      Sql.setText(select, 1, conversation, 500);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StorageUnavailableException(StorageUnavailableException.reason(e), e);
    }
  }

  private int update(String sql, Instant at, long id) {
    try (Connection connection = database.connection();
         PreparedStatement update = connection.prepareStatement(sql)) {
      Sql.setInstant(update, 1, at);
      update.setLong(2, id);
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new StorageUnavailableException(StorageUnavailableException.reason(e), e);
    }
  }

  private List<Ticket> list(String where, Instant at) {
    try (Connection connection = database.connection();
         PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM tickets WHERE " + where
             + " LIMIT 500")) {
      if (at != null) {
        Sql.setInstant(select, 1, at);
      }
      List<Ticket> tickets = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          tickets.add(ticket(row));
        }
      }
      return tickets;
    } catch (SQLException e) {
      throw new StorageUnavailableException(StorageUnavailableException.reason(e), e);
    }
  }

  private static Optional<Ticket> one(Connection connection, String where, Object key) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM tickets WHERE " + where)) {
      select.setObject(1, key);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(ticket(row)) : Optional.empty();
      }
    }
  }

  private static Ticket ticket(ResultSet row) throws SQLException {
    String user = row.getString("asker_user");
    Optional<Ticket.AskerAddress> asker = user == null ? Optional.empty() : Optional.of(new Ticket.AskerAddress(user,
        row.getString("relay_conversation"), row.getString("relay_thread"), row.getString("relay_service_url")));
    return new Ticket(row.getLong("id"), Platform.valueOf(row.getString("platform").toUpperCase(Locale.ROOT)),
        row.getString("question"), row.getString("asker_name"), row.getString("asked_where"), asker,
        Ticket.State.valueOf(row.getString("state").toUpperCase(Locale.ROOT)), row.getString("expert"),
        row.getString("answer"), guesses(row.getString("guesses")), Sql.getInstant(row, 14), Sql.getInstant(row, 15));
  }

  private static String guesses(List<Ticket.Guess> guesses) {
    return guesses.stream().map(g -> g.id() + "\t" + g.score() + "\t" + g.title().replace('\n', ' '))
        .collect(Collectors.joining("\n"));
  }

  private static List<Ticket.Guess> guesses(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Ticket.Guess> guesses = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] parts = line.split("\t", 3);
      if (parts.length == 3) {
        try {
          guesses.add(new Ticket.Guess(parts[0], parts[2], Double.parseDouble(parts[1])));
        } catch (NumberFormatException e) {
          // a line cut short by the column's length: leave it out
        }
      }
    }
    return guesses;
  }
}

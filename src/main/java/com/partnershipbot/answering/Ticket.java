package com.partnershipbot.answering;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A question handed to the experts. The asker's address (who, and where to relay the answer) is
 * kept only while the ticket is open; once it closes, only the hashed asker stays, for reports.
 */
public record Ticket(long id, Platform platform, String question, String askerName, String where,
    Optional<AskerAddress> asker, State state, String expert, String answer, List<Guess> guesses,
    Instant openedAt, Instant closedAt) {

  /** Where a ticket stands; every state but OPEN is final. */
  public enum State {
    OPEN, ANSWERED, DECLINED, WITHDRAWN, EXPIRED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Who asked and where the answer goes: a user, a conversation (a channel, a DM, or for a slash
   * command the user's own id, which opens a DM), a thread when there is one, and for Teams the
   * service URL the conversation is reached through.
   */
  public record AskerAddress(String user, String conversation, String thread, String serviceUrl) {}

  /** One of the bot's best guesses when the ticket was opened: a topic and its score. */
  public record Guess(String id, String title, double score) {}

  public Ticket {
    guesses = List.copyOf(guesses);
  }

  public boolean isOpen() {
    return state == State.OPEN;
  }

  /** How long the ticket has been open at {@code now}. */
  public Duration age(Instant now) {
    return Duration.between(openedAt, now);
  }

  /** The same ticket, closed in {@code state}, keeping the address it had (for the last message to the asker). */
  public Ticket closed(State state, String expert, String answer, Instant at) {
    return new Ticket(id, platform, question, askerName, where, asker, state, expert, answer, guesses, openedAt, at);
  }
}

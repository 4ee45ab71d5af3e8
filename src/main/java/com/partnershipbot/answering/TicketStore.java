package com.partnershipbot.answering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where tickets are kept. Opening and closing must be atomic across instances: one open ticket per
 * asker and question, and of several instances closing the same ticket only one succeeds.
 */
public interface TicketStore {

  /** A ticket to open: the question, who asked and from where, and the bot's best guesses. */
  record NewTicket(Platform platform, String question, String askerName, String where, Ticket.AskerAddress asker,
      List<Ticket.Guess> guesses) {}

  /** The ticket the asker now has, and whether it was opened just now (false: they joined their open one). */
  record Opened(Ticket ticket, boolean isNew) {}

  Opened open(NewTicket ticket, Instant now);

  Optional<Ticket> find(long id);

  /**
   * Closes an open ticket and forgets the asker's address; empty when it was not open (or a
   * withdrawal names someone other than the asker). The ticket returned still carries the
   * address, for the last message to the asker.
   */
  Optional<Ticket> close(long id, Ticket.State state, String expert, String answer, String onlyForAsker,
      Instant now);

  /** Open tickets, the oldest first. */
  List<Ticket> open();

  /** Tickets answered by an expert since then, the newest first. */
  List<Ticket> answeredSince(Instant since);

  /** True for the one caller that marks an open ticket as reminded; false if it already was. */
  boolean markReminded(long id, Instant now);

  /** Open tickets not yet reminded of, opened before {@code cutoff}. */
  List<Ticket> unremindedBefore(Instant cutoff);

  /** Remembers how a platform conversation is reached (a Teams channel's service URL). */
  void rememberServiceUrl(String conversation, String serviceUrl, Instant now);

  Optional<String> serviceUrl(String conversation);

  /** No storage: nothing can be opened, so no "Ask the experts" button is offered. */
  TicketStore NONE = new TicketStore() {
    @Override
    public Opened open(NewTicket ticket, Instant now) {
      throw new IllegalStateException("tickets need storage");
    }

    @Override
    public Optional<Ticket> find(long id) {
      return Optional.empty();
    }

    @Override
    public Optional<Ticket> close(long id, Ticket.State state, String expert, String answer, String onlyForAsker,
        Instant now) {
      return Optional.empty();
    }

    @Override
    public List<Ticket> open() {
      return List.of();
    }

    @Override
    public List<Ticket> answeredSince(Instant since) {
      return List.of();
    }

    @Override
    public boolean markReminded(long id, Instant now) {
      return false;
    }

    @Override
    public List<Ticket> unremindedBefore(Instant cutoff) {
      return List.of();
    }

    @Override
    public void rememberServiceUrl(String conversation, String serviceUrl, Instant now) {}

    @Override
    public Optional<String> serviceUrl(String conversation) {
      return Optional.empty();
    }
  };
}

package com.partnershipbot.answering;

/**
 * How one platform carries tickets: to the experts' channel, and back to the asker. Each call only
 * queues the message; the platform's reply lanes send it once or count it lost.
 */
public interface TicketRelay {

  /** Posts the ticket (or, when {@code reminder}, a reminder of it) to the experts' channel. */
  void postTicket(Ticket ticket, boolean reminder);

  /** Sends the expert's answer to the asker, labelled with the expert's name. */
  void relayAnswer(Ticket ticket);

  /** Tells the asker something about their ticket (declined, expired, withdrawn). */
  void tellAsker(Ticket ticket, String note);
}

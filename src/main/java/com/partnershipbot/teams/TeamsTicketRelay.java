package com.partnershipbot.teams;

import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Ticket;
import com.partnershipbot.answering.TicketRelay;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries Teams tickets through the reply lanes: a new thread in the experts' channel (reached
 * through the service URL learnt there), and the answer or a note back in the asker's
 * conversation (the reply chain of a channel mention, or the personal chat).
 */
final class TeamsTicketRelay implements TicketRelay {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsTicketRelay.class);

  private final ExpertDesk desk;
  private final ReplyQueue queue;

  TeamsTicketRelay(ExpertDesk desk, ReplyQueue queue) {
    this.desk = desk;
    this.queue = queue;
  }

  @Override
  public void postTicket(Ticket ticket, boolean reminder) {
    Optional<String> channel = desk.channel(Platform.TEAMS);
    Optional<String> serviceUrl = channel.flatMap(desk::serviceUrl);
    if (serviceUrl.isEmpty()) {
      LOG.warn("Ticket #{} was not posted: the bot does not yet know how to reach experts.teams_channel. Mention "
          + "the bot once in that channel (see docs/experts.md)", ticket.id());
      return;
    }
    String summary = (reminder ? "Reminder: ticket #" : "Ticket #") + ticket.id();
    queue.send(new VerifiedCaller(URI.create(serviceUrl.get())),
        Outgoing.proactive(channel.get(), Outgoing.withCard(ExpertCards.ticket(ticket, reminder), summary)));
  }

  @Override
  public void relayAnswer(Ticket ticket) {
    toAsker(ticket, ExpertCards.answer(ticket));
  }

  @Override
  public void tellAsker(Ticket ticket, String note) {
    toAsker(ticket, ExpertCards.escape(note));
  }

  private void toAsker(Ticket ticket, String markdown) {
    Optional<Ticket.AskerAddress> asker = ticket.asker().filter(a -> a.serviceUrl() != null);
    if (asker.isEmpty()) {
      LOG.warn("Ticket #{} has no asker address left; nothing was sent", ticket.id());
      return;
    }
    queue.send(new VerifiedCaller(URI.create(asker.get().serviceUrl())),
        Outgoing.proactive(asker.get().conversation(), Outgoing.markdown(markdown)));
  }
}
